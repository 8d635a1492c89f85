// Small pieces of Dutch running text every report format needs: an
// enumeration ("a, b en c"), a name inside a sentence, and the width of text
// in characters rather than bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace veilig::report {

// "a", "a en b", "a, b en c"; "" for none.
std::string DutchList(const std::vector<std::string>& parts);

// Lower-cases the first letter unless the first word is an abbreviation or a
// code ("PKVW", "G10/100.000+"), which keeps its case inside a sentence.
std::string InSentence(const std::string& name);

// The first letter upper-cased, for the start of a sentence.
std::string Capitalised(std::string text);

// Characters, not bytes: UTF-8 continuation bytes do not count.
size_t Utf8Length(std::string_view text);

// The first `n` characters (not bytes) of `text`.
std::string Utf8Prefix(std::string_view text, size_t n);

}  // namespace veilig::report
