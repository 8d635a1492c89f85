#include "gateway/http/content_coding.h"

#include <zlib.h>

#include <optional>
#include <stdexcept>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace veilig::gateway {
namespace {

// 15 window bits plus 16: a gzip header and trailer instead of zlib's.
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kMemoryLevel = 9;

// The q value of one Accept-Encoding element's parameters ("q=0.5"); 1 when absent.
double Quality(absl::string_view parameters) {
  for (absl::string_view parameter : absl::StrSplit(parameters, ';')) {
    parameter = absl::StripAsciiWhitespace(parameter);
    if (!absl::ConsumePrefix(&parameter, "q=") && !absl::ConsumePrefix(&parameter, "Q=")) continue;
    double q = 0;
    return absl::SimpleAtod(parameter, &q) ? q : 0;
  }
  return 1;
}

}  // namespace

std::string Gzip(std::string_view bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kMemoryLevel,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib could not start a gzip stream");
  }
  std::string out(deflateBound(&stream, bytes.size()), '\0');
  // zlib's interface predates const; it does not write the input.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  // deflateBound is enough room for one Z_FINISH call.
  if (result != Z_STREAM_END) throw std::runtime_error("zlib could not finish a gzip stream");
  return out;
}

bool AcceptsGzip(std::string_view accept_encoding) {
  // An explicit "gzip" wins over "*", wherever each stands.
  std::optional<double> gzip, any;
  // Debian's Abseil has a string_view of its own.
  const absl::string_view header(accept_encoding.data(), accept_encoding.size());
  for (absl::string_view element : absl::StrSplit(header, ',')) {
    std::pair<absl::string_view, absl::string_view> coding =
        absl::StrSplit(element, absl::MaxSplits(';', 1));
    const absl::string_view name = absl::StripAsciiWhitespace(coding.first);
    if (absl::EqualsIgnoreCase(name, "gzip")) gzip = Quality(coding.second);
    if (name == "*") any = Quality(coding.second);
  }
  return gzip.value_or(any.value_or(0)) > 0;
}

bool PrefersMediaType(std::string_view accept, std::string_view wanted, std::string_view usual) {
  const absl::string_view header(accept.data(), accept.size());
  const absl::string_view wanted_type(wanted.data(), wanted.size());
  const absl::string_view usual_type(usual.data(), usual.size());
  const absl::string_view usual_range = usual_type.substr(0, usual_type.find('/') + 1);
  std::optional<double> named, usual_named, usual_range_q, any;
  for (absl::string_view element : absl::StrSplit(header, ',')) {
    std::pair<absl::string_view, absl::string_view> range =
        absl::StrSplit(element, absl::MaxSplits(';', 1));
    const absl::string_view type = absl::StripAsciiWhitespace(range.first);
    const double q = Quality(range.second);
    if (absl::EqualsIgnoreCase(type, wanted_type)) named = q;
    if (absl::EqualsIgnoreCase(type, usual_type)) usual_named = q;
    if (absl::EndsWith(type, "/*") &&
        absl::EqualsIgnoreCase(type.substr(0, type.size() - 1), usual_range)) {
      usual_range_q = q;
    }
    if (type == "*/*") any = q;
  }
  if (!named || *named <= 0) return false;
  // The most specific range that matches `usual` sets its quality.
  const double usual_q = usual_named.value_or(usual_range_q.value_or(any.value_or(0)));
  return usual_named ? *named > usual_q : *named >= usual_q;
}

}  // namespace veilig::gateway
