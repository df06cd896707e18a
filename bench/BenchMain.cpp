#include "bench/Bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Benchmarks that paint need a GUI application; offscreen unless told.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "OpsDesk benchmarks. Prints one line per figure: BENCH <name> <median> <unit>."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Run only benchmarks whose name matches."),
                                    QStringLiteral("regex"));
    const QCommandLineOption reps(QStringLiteral("repetitions"),
                                  QStringLiteral("Override the number of repetitions."),
                                  QStringLiteral("n"));
    parser.addOptions({list, filter, reps});
    parser.process(app);

    const QRegularExpression pattern(parser.isSet(filter) ? parser.value(filter)
                                                          : QStringLiteral(".*"));
    if (!pattern.isValid()) {
        std::fprintf(stderr, "opsdesk-bench: invalid --filter: %s\n",
                     qPrintable(pattern.errorString()));
        return 2;
    }
    int failures = 0;
    for (const auto &benchmark : OpsDesk::Bench::registry()) {
        if (!pattern.match(benchmark.name).hasMatch())
            continue;
        if (parser.isSet(list)) {
            std::printf("%s (%s) — %s\n", qPrintable(benchmark.name), qPrintable(benchmark.unit),
                        qPrintable(benchmark.description));
            continue;
        }
        const int n = parser.isSet(reps) ? parser.value(reps).toInt() : benchmark.repetitions;
        std::vector<double> values;
        for (int i = 0; i < std::max(1, n); ++i) {
            const double value = benchmark.run();
            if (value < 0) {
                std::fprintf(stderr, "opsdesk-bench: %s failed\n", qPrintable(benchmark.name));
                ++failures;
                break;
            }
            values.push_back(value);
        }
        if (values.empty())
            continue;
        std::printf("BENCH %s %.3f %s\n", qPrintable(benchmark.name),
                    OpsDesk::Bench::median(values), qPrintable(benchmark.unit));
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
