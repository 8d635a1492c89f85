// Notes on the figures a dashboard page shows, as NL Design System alerts:
// a note on the figures below the municipality (such as "these figures are
// invented") as a warning, a footnote on a source or indicator as
// information.
#pragma once

#include <google/protobuf/repeated_ptr_field.h>

#include <string>

#include "veilig/common/v1/note.pb.h"

namespace veilig::gateway {

std::string NotesHtml(const google::protobuf::RepeatedPtrField<common::v1::SeriesNote>& notes);

}  // namespace veilig::gateway
