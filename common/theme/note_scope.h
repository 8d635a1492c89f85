// Which figures a series note is about: SeriesNote.scope read against an
// indicator or an area.
#pragma once

#include <string>

#include "veilig/common/v1/indicator.pb.h"
#include "veilig/common/v1/note.pb.h"

namespace veilig::theme {

// "source:", "indicator:" and "theme:" notes on this indicator.
bool NoteAppliesToIndicator(const common::v1::SeriesNote& note,
                            const common::v1::Indicator& indicator);

// A footnote (SERIES_NOTE_KIND_NOTE) on this indicator in force by
// `last_day` ("2019-06-30"): the notes an indicator's block prints.
bool IsFootnoteInForce(const common::v1::SeriesNote& note, const common::v1::Indicator& indicator,
                       const std::string& last_day);

// A note on the figures below an area ("areas-below:"), not on the area's
// own figures.
bool IsNoteOnAreasBelow(const common::v1::SeriesNote& note);

// An "areas-below:" note on the parts of `area`: one naming the area itself
// or an area it lies in (a buurt's wijk, a wijk's municipality).
bool NoteAppliesBelow(const common::v1::SeriesNote& note, const std::string& area);

}  // namespace veilig::theme
