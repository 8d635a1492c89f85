// Content negotiation: content codings for responses made once and served
// many times (a published report is compressed when it is cached, never per
// request), and the media type a report is asked for in.
#pragma once

#include <string>
#include <string_view>

namespace veilig::gateway {

// `bytes` as a gzip member (RFC 1952), at zlib's best compression.
std::string Gzip(std::string_view bytes);

// Whether an Accept-Encoding header value admits gzip: listed (or `*`) with
// a quality above zero.
bool AcceptsGzip(std::string_view accept_encoding);

// Whether an Accept header value asks for `wanted` rather than `usual`, the
// route's own type: `wanted` must be listed by name with a quality above zero
// and no lower than `usual`'s (which `*/*` and `type/*` also give). On equal
// quality a named type beats a wildcard, and `usual` named too wins, so
// browsers (which list neither) and clients that list both alike get `usual`.
bool PrefersMediaType(std::string_view accept, std::string_view wanted, std::string_view usual);

}  // namespace veilig::gateway
