#include "common/server/paging.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "common/domain/field_error.h"
#include "common/domain/fnv_hash.h"
#include "common/domain/strings.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace veilig::server {
namespace {

constexpr char kPageSize[] = "page_size";
constexpr char kPageToken[] = "page_token";

// Every field of the request except the paging ones, fingerprinted.
std::string FilterOf(const google::protobuf::Message& request) {
  std::unique_ptr<google::protobuf::Message> filter(request.New());
  filter->CopyFrom(request);
  for (const char* name : {kPageSize, kPageToken}) {
    if (const auto* field = filter->GetDescriptor()->FindFieldByName(name)) {
      filter->GetReflection()->ClearField(filter.get(), field);
    }
  }
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream output(&bytes);
    google::protobuf::io::CodedOutputStream coded(&output);
    coded.SetSerializationDeterministic(true);
    filter->SerializeToCodedStream(&coded);
  }
  Fnv1a64 hash;
  hash.Add(filter->GetDescriptor()->full_name());
  hash.Add(bytes);
  return hash.Hex();
}

}  // namespace

std::string Page::NextToken(int rows_returned) const {
  if (rows_returned <= size) return "";
  return absl::WebSafeBase64Escape(StrCat(offset + size, ".", filter));
}

absl::StatusOr<Page> ParsePage(const google::protobuf::Message& request) {
  const auto* descriptor = request.GetDescriptor();
  const auto* reflection = request.GetReflection();
  const auto* size_field = descriptor->FindFieldByName(kPageSize);
  const auto* token_field = descriptor->FindFieldByName(kPageToken);
  const int page_size = size_field != nullptr ? reflection->GetInt32(request, size_field) : 0;
  const std::string page_token =
      token_field != nullptr ? reflection->GetString(request, token_field) : "";
  if (page_size < 0) return FieldError(kPageSize, "must not be negative");
  Page page;
  page.size = page_size == 0 ? kDefaultPageSize : std::min(page_size, kMaxPageSize);
  page.filter = FilterOf(request);
  if (page_token.empty()) return page;
  std::string decoded;
  const std::vector<std::string> parts = absl::WebSafeBase64Unescape(page_token, &decoded)
                                             ? absl::StrSplit(decoded, absl::MaxSplits('.', 1))
                                             : std::vector<std::string>{};
  if (parts.size() != 2 || !absl::SimpleAtoi(parts[0], &page.offset) || page.offset < 0) {
    return FieldError(kPageToken, "is not a token this service issued");
  }
  if (parts[1] != page.filter) {
    return FieldError(kPageToken,
                      "was issued for a request with other filters; send the same filters with "
                      "it, or start again without a token");
  }
  return page;
}

}  // namespace veilig::server
