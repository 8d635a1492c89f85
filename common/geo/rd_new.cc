#include "common/geo/rd_new.h"

#include <cmath>

namespace veilig::geo {
namespace {

// The RD origin (Amersfoort) in both systems.
constexpr double kOriginX = 155000;
constexpr double kOriginY = 463000;
constexpr double kOriginLatitude = 52.15517440;
constexpr double kOriginLongitude = 5.38720621;

struct Term {
  int p;
  int q;
  double coefficient;
};

// X = 155000 + Σ R(p,q) dφ^p dλ^q; Y = 463000 + Σ S(p,q) dφ^p dλ^q,
// with dφ and dλ in units of 10,000 arc seconds.
constexpr Term kR[] = {{0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221},
                       {0, 3, -32.391},    {1, 0, -0.705},     {3, 1, -2.340},
                       {1, 3, -0.608},     {0, 2, -0.008},     {2, 3, 0.148}};
constexpr Term kS[] = {{1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077}, {1, 2, -157.984},
                       {3, 0, 59.788},     {0, 1, 0.433},    {2, 2, -6.439}, {1, 1, -0.032},
                       {0, 4, 0.092},      {1, 4, -0.054}};
// φ = 52.15517440 + Σ K(p,q) dX^p dY^q / 3600; λ likewise with L, with dX
// and dY in units of 100 km.
constexpr Term kK[] = {{0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978},
                       {0, 3, -0.06550},   {2, 2, -0.01709},  {1, 0, -0.00738}, {4, 0, 0.00530},
                       {2, 3, -0.00039},   {4, 1, 0.00033},   {1, 1, -0.00012}};
constexpr Term kL[] = {{1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656},  {3, 0, -0.81885},
                       {1, 3, 0.05594},    {3, 1, -0.05607},  {0, 1, 0.01199},  {3, 2, -0.00256},
                       {1, 4, 0.00128},    {0, 2, 0.00022},   {2, 0, -0.00022}, {5, 0, 0.00026}};

template <size_t N>
double Sum(const Term (&terms)[N], double a, double b) {
  double sum = 0;
  for (const Term& t : terms) sum += t.coefficient * std::pow(a, t.p) * std::pow(b, t.q);
  return sum;
}

// Where RD New is defined.
constexpr double kRdMinX = -7000, kRdMaxX = 300000, kRdMinY = 289000, kRdMaxY = 629000;

}  // namespace

bool InRdNewArea(double x, double y) {
  return x >= kRdMinX && x <= kRdMaxX && y >= kRdMinY && y <= kRdMaxY;
}

Point Wgs84ToRd(double longitude, double latitude) {
  const double d_lat = 0.36 * (latitude - kOriginLatitude);
  const double d_lon = 0.36 * (longitude - kOriginLongitude);
  return {kOriginX + Sum(kR, d_lat, d_lon), kOriginY + Sum(kS, d_lat, d_lon)};
}

LonLat RdToWgs84(const Point& rd) {
  const double dx = (rd.x - kOriginX) * 1e-5;
  const double dy = (rd.y - kOriginY) * 1e-5;
  return {kOriginLongitude + Sum(kL, dx, dy) / 3600, kOriginLatitude + Sum(kK, dx, dy) / 3600};
}

}  // namespace veilig::geo
