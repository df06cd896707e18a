#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace OpsDesk::Bench {

// One figure: `run` performs one measurement and returns its value in `unit`
// (s, ms, MB or per_s). The runner repeats it and prints the median as
//   BENCH <name> <median> <unit>
struct Benchmark
{
    QString name;
    QString unit;
    QString description;
    int repetitions = 5;
    std::function<double()> run;
};

std::vector<Benchmark> &registry();

struct Registrar
{
    explicit Registrar(Benchmark benchmark);
};

double median(std::vector<double> values);

// Resident memory high-water mark of this process in MB (Linux: VmHWM).
double peakRssMb();
// Resident memory of this process now in MB (Linux: VmRSS).
double currentRssMb();
// Resets the high-water mark to the current resident memory (Linux), so that
// peakRssMb() afterwards measures what follows.
void resetPeakRss();

} // namespace OpsDesk::Bench

#define OPSDESK_BENCH_CONCAT2(a, b) a##b
#define OPSDESK_BENCH_CONCAT(a, b) OPSDESK_BENCH_CONCAT2(a, b)
#define OPSDESK_BENCHMARK(...)                                                                     \
    static const ::OpsDesk::Bench::Registrar OPSDESK_BENCH_CONCAT(benchRegistrar_, __LINE__)(      \
        ::OpsDesk::Bench::Benchmark{__VA_ARGS__})
