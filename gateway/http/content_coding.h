// Content codings for responses made once and served many times: a published
// report is compressed when it is cached, never per request.
#pragma once

#include <string>
#include <string_view>

namespace veilig::gateway {

// `bytes` as a gzip member (RFC 1952), at zlib's best compression.
std::string Gzip(std::string_view bytes);

// Whether an Accept-Encoding header value admits gzip: listed (or `*`) with
// a quality above zero.
bool AcceptsGzip(std::string_view accept_encoding);

}  // namespace veilig::gateway
