#include "common/server/update_mask.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/field_mask_util.h>

#include <vector>

#include "common/domain/field_error.h"
#include "common/domain/strings.h"

namespace veilig::server {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::FieldMask;
using google::protobuf::util::FieldMaskUtil;

constexpr char kName[] = "name";

// The fields `patch` sets, but its name (which says what to update).
FieldMask SetFieldsOf(const google::protobuf::Message& patch) {
  std::vector<const FieldDescriptor*> fields;
  patch.GetReflection()->ListFields(patch, &fields);
  FieldMask mask;
  for (const auto* field : fields) {
    if (field->name() != kName) mask.add_paths(field->name());
  }
  return mask;
}

}  // namespace

absl::Status ApplyUpdateMask(const google::protobuf::Message& patch, const FieldMask& mask,
                             std::string_view mask_field, google::protobuf::Message& current) {
  const auto* descriptor = current.GetDescriptor();
  FieldMask paths;
  if (mask.paths_size() == 1 && mask.paths(0) == "*") {
    for (int i = 0; i < descriptor->field_count(); ++i) {
      if (descriptor->field(i)->name() != kName) paths.add_paths(descriptor->field(i)->name());
    }
  } else if (mask.paths().empty()) {
    paths = SetFieldsOf(patch);
  } else {
    for (const auto& path : mask.paths()) {
      if (descriptor->FindFieldByName(path) == nullptr) {
        return FieldError(mask_field, StrCat("'", path, "' is not a field of ", descriptor->name(),
                                             " (paths are field names, or *)"));
      }
      if (path == kName) return FieldError(mask_field, "the name of a resource never changes");
      paths.add_paths(path);
    }
  }
  FieldMaskUtil::MergeOptions options;
  options.set_replace_message_fields(true);
  options.set_replace_repeated_fields(true);
  FieldMaskUtil::MergeMessageTo(patch, paths, options, &current);
  return absl::OkStatus();
}

}  // namespace veilig::server
