// The Poisson CUSUM (Lucas 1985): a sum of the excess of each month's count
// over a reference value k, reset at zero, that signals when it reaches h.
// Where the Farrington method asks whether one month is too high, the CUSUM
// finds a sustained shift of a few months each only a little too high.
#pragma once

#include <cstdint>
#include <vector>

namespace veilig::signals {

struct CusumParameters {
  // The reference value, usually between the in-control mean and the mean to
  // detect: (mu1 - mu0) / (ln mu1 - ln mu0).
  double k = 0;
  // The decision interval: a signal when the sum reaches it.
  double h = 0;
};

struct CusumStep {
  double sum = 0;
  bool signal = false;
};

// The sum after each count, starting from `head_start` (0: none). After a
// signal the sum restarts from zero.
std::vector<CusumStep> RunPoissonCusum(const std::vector<int64_t>& counts,
                                       const CusumParameters& parameters, double head_start = 0);

// The reference value that detects a shift from `in_control_mean` to
// `shifted_mean` fastest.
double CusumReferenceValue(double in_control_mean, double shifted_mean);

// The average number of counts until a signal when each is Poisson with
// `mean`, from a zero sum: the Markov chain of the sum's integer states
// (Brook and Evans 1972), exact for integer k and h (others are rounded). Lucas's tables: h = 6,
// k = 2 gives 37.2 at mean 1.88 and 5.49 at mean 3.20.
double PoissonCusumAverageRunLength(const CusumParameters& parameters, double mean);

// The chance that the sum, started from zero, reaches at least `level`
// within the months given, when month t's count is Poisson with `means[t]`
// and its reference value is `references[t]` (the two of equal length): the
// p-value of the highest sum seen. Exact: while positive, the sum is the
// counts since its run began less their reference values, so the chain runs
// over (first month of the run, counts since) rather than a rounded grid.
//
// `dispersions` (empty, or one per month): where above 1, that month's count
// is negative binomial with variance dispersion x mean, as the Farrington
// fit finds for most police series; a Poisson chance would call ordinary
// overdispersion a shift.
double PoissonCusumExceedance(const std::vector<double>& means,
                              const std::vector<double>& references, double level,
                              const std::vector<double>& dispersions = {});

}  // namespace veilig::signals
