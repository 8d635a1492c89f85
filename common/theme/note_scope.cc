#include "common/theme/note_scope.h"

#include "common/domain/calendar_date.h"
#include "common/domain/codes.h"
#include "common/theme/themes.h"

namespace veilig::theme {

namespace cv1 = common::v1;

bool NoteAppliesToIndicator(const cv1::SeriesNote& note, const cv1::Indicator& indicator) {
  const std::string& scope = note.scope();
  if (scope.starts_with("source:")) return scope.substr(7) == indicator.source();
  if (scope.starts_with("indicator:")) return scope.substr(10) == indicator.id();
  if (scope.starts_with("theme:")) {
    const ThemeInfo* info = FindTheme(indicator.theme());
    return info != nullptr && scope.substr(6) == info->slug;
  }
  return false;
}

namespace {
constexpr std::string_view kAreasBelowPrefix = "areas-below:";
}  // namespace

bool IsNoteOnAreasBelow(const cv1::SeriesNote& note) {
  return note.scope().starts_with(kAreasBelowPrefix);
}

bool NoteAppliesBelow(const cv1::SeriesNote& note, const std::string& area) {
  if (!IsNoteOnAreasBelow(note)) return false;
  const std::string named = note.scope().substr(kAreasBelowPrefix.size());
  // CBS codes nest: BU00340101 lies in WK003401, which lies in GM0034.
  for (std::string in = area; !in.empty(); in = ParentAreaCode(in)) {
    if (named == in) return true;
  }
  return false;
}

bool IsFootnoteInForce(const common::v1::SeriesNote& note, const common::v1::Indicator& indicator,
                       const std::string& last_day) {
  return note.kind() == common::v1::SERIES_NOTE_KIND_NOTE &&
         NoteAppliesToIndicator(note, indicator) && IsoDate(note.effective_from()) <= last_day;
}

}  // namespace veilig::theme
