#include "common/signals/poisson_cusum.h"

#include <algorithm>
#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/poisson.hpp>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace veilig::signals {

std::vector<CusumStep> RunPoissonCusum(const std::vector<int64_t>& counts,
                                       const CusumParameters& parameters, double head_start) {
  std::vector<CusumStep> steps;
  steps.reserve(counts.size());
  double sum = head_start;
  for (int64_t count : counts) {
    sum = std::max(0.0, sum + static_cast<double>(count) - parameters.k);
    const bool signal = sum >= parameters.h;
    steps.push_back({sum, signal});
    if (signal) sum = 0;
  }
  return steps;
}

double CusumReferenceValue(double in_control_mean, double shifted_mean) {
  if (in_control_mean <= 0 || shifted_mean <= 0 || in_control_mean == shifted_mean) {
    return in_control_mean;
  }
  return (shifted_mean - in_control_mean) / (std::log(shifted_mean) - std::log(in_control_mean));
}

double PoissonCusumAverageRunLength(const CusumParameters& parameters, double mean) {
  // The sum moves over the integers 0 .. h-1 (rounding k and h, as the
  // tables do); reaching h ends the run.
  const auto k = static_cast<int64_t>(std::llround(parameters.k));
  const auto states = static_cast<int64_t>(std::llround(parameters.h));
  if (states <= 0 || !(mean > 0) || !std::isfinite(mean)) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  const boost::math::poisson poisson(mean);
  const auto pmf = [&poisson](int64_t x) {
    return x < 0 ? 0.0 : boost::math::pdf(poisson, static_cast<double>(x));
  };
  const auto cdf = [&poisson](int64_t x) {
    return x < 0 ? 0.0 : boost::math::cdf(poisson, static_cast<double>(x));
  };
  // (I - R) L = 1, R the transitions among the states that do not signal.
  const auto n = static_cast<size_t>(states);
  std::vector<std::vector<double>> a(n, std::vector<double>(n + 1, 1.0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      const auto from = static_cast<int64_t>(i);
      const auto to = static_cast<int64_t>(j);
      const double move = j == 0 ? cdf(k - from) : pmf(to - from + k);
      a[i][j] = (i == j ? 1.0 : 0.0) - move;
    }
  }
  // Gaussian elimination with partial pivoting; the system is small (h).
  for (size_t c = 0; c < n; ++c) {
    size_t pivot = c;
    for (size_t r = c + 1; r < n; ++r) {
      if (std::fabs(a[r][c]) > std::fabs(a[pivot][c])) pivot = r;
    }
    std::swap(a[c], a[pivot]);
    for (size_t r = 0; r < n; ++r) {
      if (r == c || a[r][c] == 0) continue;
      const double factor = a[r][c] / a[c][c];
      for (size_t col = c; col <= n; ++col) a[r][col] -= factor * a[c][col];
    }
  }
  return a[0][0] != 0 ? a[0][n] / a[0][0] : std::numeric_limits<double>::infinity();
}

namespace {

// One month's count: Poisson with `mean`, or negative binomial with variance
// dispersion x mean where the dispersion is above 1.
class MonthCount {
 public:
  MonthCount(double mean, double dispersion)
      : mean_(std::max(0.0, mean)),
        overdispersed_(dispersion > 1 && mean_ > 0),
        poisson_(mean_ > 0 ? mean_ : 1),
        // size r = mean / (dispersion - 1), success probability 1 / dispersion.
        negative_binomial_(overdispersed_ ? mean_ / (dispersion - 1) : 1,
                           overdispersed_ ? 1 / dispersion : 0.5) {}

  double Pmf(int64_t y) const {
    if (mean_ <= 0) return y == 0 ? 1.0 : 0.0;
    const auto x = static_cast<double>(y);
    return overdispersed_ ? boost::math::pdf(negative_binomial_, x) : boost::math::pdf(poisson_, x);
  }
  // P(Y >= y).
  double Tail(int64_t y) const {
    if (y <= 0) return 1.0;
    if (mean_ <= 0) return 0.0;
    const auto x = static_cast<double>(y - 1);
    return overdispersed_ ? boost::math::cdf(boost::math::complement(negative_binomial_, x))
                          : boost::math::cdf(boost::math::complement(poisson_, x));
  }

 private:
  double mean_;
  bool overdispersed_;
  boost::math::poisson poisson_;
  boost::math::negative_binomial negative_binomial_;
};

}  // namespace

double PoissonCusumExceedance(const std::vector<double>& means,
                              const std::vector<double>& references, double level,
                              const std::vector<double>& dispersions) {
  if (!(level > 0)) return 1;
  const size_t months = std::min(means.size(), references.size());
  // A sum this close to the level reaches it: sums of whole counts less the
  // same reference values meet the observed highest sum exactly.
  const double reached = level - 1e-9 * std::max(1.0, level);
  // (first month of the run, counts since) -> chance; the zero sum apart.
  std::map<std::pair<size_t, int64_t>, double> running;
  double at_zero = 1;
  double absorbed = 0;
  // K[r]: the reference values from month r to the current one.
  std::vector<double> since(months, 0);
  for (size_t t = 0; t < months; ++t) {
    const MonthCount count(means[t], t < dispersions.size() ? dispersions[t] : 1);
    const double k = references[t];
    for (size_t r = 0; r < t; ++r) since[r] += k;
    since[t] = k;
    std::map<std::pair<size_t, int64_t>, double> next;
    double next_zero = 0;
    // From `counts` already in the run that began at `start`, with chance
    // `chance`: every count of this month that keeps the sum below the level.
    const auto step = [&](size_t start, int64_t counts, double chance) {
      const double reference = since[start];
      for (int64_t y = 0;; ++y) {
        const double sum = static_cast<double>(counts + y) - reference;
        if (sum >= reached) {
          absorbed += chance * count.Tail(y);
          return;
        }
        const double p = chance * count.Pmf(y);
        if (sum <= 0) {
          next_zero += p;
        } else {
          next[{start, counts + y}] += p;
        }
      }
    };
    step(t, 0, at_zero);
    for (const auto& [state, chance] : running) step(state.first, state.second, chance);
    running = std::move(next);
    at_zero = next_zero;
  }
  return std::min(1.0, absorbed);
}

}  // namespace veilig::signals
