// Notes on the figures a dashboard page shows, as NL Design System alerts:
// a note on the figures below the municipality (such as "these figures are
// invented") as a warning, a footnote on a source or indicator as
// information. And the note on signals a page goes without.
#pragma once

#include <google/protobuf/repeated_ptr_field.h>

#include <string>

#include "veilig/common/v1/note.pb.h"

namespace veilig::gateway {

std::string NotesHtml(const google::protobuf::RepeatedPtrField<common::v1::SeriesNote>& notes);

// Why a page shows no signals: still being worked out (`pending`), or not
// to be had now. `consequence` ends the sentence, e.g. "de kaart toont de
// cijfers zonder signalen."
std::string SignalsMissingNote(bool pending, const std::string& consequence);

}  // namespace veilig::gateway
