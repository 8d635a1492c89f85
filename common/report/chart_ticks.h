// Axis ticks a reader can check by eye: round values in 1-2-5 steps, labelled
// with exactly the value at their position in Dutch number format, on an
// axis that includes zero so that bars and levels are never cut off.
#pragma once

#include <string>
#include <vector>

namespace veilig::report {

struct AxisTick {
  double value = 0;
  // Dutch number format with the step's decimals ("0,5", "1.000"); zero is "0".
  std::string label;
};

struct AxisTicks {
  // 1, 2 or 5 times a power of ten.
  double step = 1;
  // Decimals of the labels: those of the step (0 for steps of 1 and up).
  int decimals = 0;
  // Evenly spaced, lowest first; the first is the axis minimum, the last its maximum.
  std::vector<AxisTick> ticks;

  double Min() const { return ticks.front().value; }
  double Max() const { return ticks.back().value; }
};

struct TickOptions {
  // The most ticks wanted, axis ends included; the result has from 3 up to this
  // many (at least 3 and at most 10 are honoured).
  int max_ticks = 6;
  // Counts: no step below 1, so no label reads "0,5 inbraken".
  bool whole_numbers = false;
};

// Ticks for data in [data_min, data_max] (swapped when given the wrong way
// round; non-finite bounds count as 0). The axis always includes zero: it
// starts at 0 when all data are >= 0 and ends at 0 when all are <= 0. The step
// is the smallest 1-2-5 step that needs no more than `max_ticks` ticks, so the
// top tick is >= data_max and less than one step above it. Fewer than 3
// ticks are padded away from zero, so whole numbers within 2 of zero get
// 0, 1, 2; all-zero data get the axis 0..1 (0..2 for whole numbers).
//
//   (0, 50)    -> 0, 10, 20, 30, 40, 50
//   (0, 7.5)   -> 0, 2, 4, 6, 8
//   (0, 0.87)  -> 0, 0,2, 0,4, 0,6, 0,8, 1,0
//   (0, 5042)  -> 0, 2.000, 4.000, 6.000
AxisTicks NiceTicks(double data_min, double data_max, TickOptions options = {});

}  // namespace veilig::report
