#include "bench/Bench.h"

#include <QFile>

#include <algorithm>

namespace OpsDesk::Bench {

std::vector<Benchmark> &registry()
{
    static std::vector<Benchmark> benchmarks;
    return benchmarks;
}

Registrar::Registrar(Benchmark benchmark)
{
    registry().push_back(std::move(benchmark));
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

namespace {

// A "Vm…:" line of /proc/self/status in MB.
double statusMb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report a size of 0, so atEnd() is true before reading:
    // read everything, then look for the line.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double peakRssMb()
{
    return statusMb("VmHWM:");
}

double currentRssMb()
{
    return statusMb("VmRSS:");
}

void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace OpsDesk::Bench
