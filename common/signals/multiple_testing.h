// Many areas tested at once find some "significant" ones by chance alone.
// The Benjamini-Hochberg procedure controls the false discovery rate: the
// expected share of false alarms among the areas called hot.
#pragma once

#include <vector>

namespace veilig::signals {

// Adjusted p-values (q-values) in the input's order: an area is a discovery
// at rate q when its adjusted p-value is at most q.
std::vector<double> BenjaminiHochberg(const std::vector<double>& p_values);

}  // namespace veilig::signals
