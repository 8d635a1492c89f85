// Conditional GetThemeSection calls, as HTTP does them with ETag and
// If-None-Match: a caller that holds a section sends its tag in the
// `if-none-match` request metadata; the service always sends the current
// section's tag in the `etag` initial metadata, and leaves the message empty
// when that tag is the one the caller sent. The gateway asks for the same
// sections report after report, and a section changes only when its data does.
// Callers that send no tag get the whole section, as before.
#pragma once

#include <string>
#include <string_view>

namespace veilig::theme {

inline constexpr char kIfNoneMatchKey[] = "if-none-match";
inline constexpr char kETagKey[] = "etag";

// The tag of a serialized section: its length and a hash of its bytes, so
// that equal tags mean equal sections on every replica and after restarts.
std::string SectionETag(std::string_view section_bytes);

}  // namespace veilig::theme
