#include "tools/openapi-gen/sorted_json.h"

#include <google/protobuf/util/json_util.h>

#include <cmath>
#include <map>
#include <sstream>

namespace veilig::openapi {
namespace {

using google::protobuf::Value;

// Strings are escaped by protobuf's own JSON printer, one value at a time.
std::string Quoted(const std::string& text) {
  Value v;
  v.set_string_value(text);
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(v, &json);
  return json;
}

void Write(const Value& value, int depth, std::ostringstream& out) {
  const std::string indent(size_t{2} * (depth + 1), ' '), closing(size_t{2} * depth, ' ');
  switch (value.kind_case()) {
    case Value::kStructValue: {
      const std::map<std::string, Value> sorted(value.struct_value().fields().begin(),
                                                value.struct_value().fields().end());
      out << "{";
      bool first = true;
      for (const auto& [key, child] : sorted) {
        out << (first ? "\n" : ",\n") << indent << Quoted(key) << ": ";
        Write(child, depth + 1, out);
        first = false;
      }
      out << "\n" << closing << "}";
      break;
    }
    case Value::kListValue: {
      out << "[";
      bool first = true;
      for (const auto& child : value.list_value().values()) {
        out << (first ? "\n" : ",\n") << indent;
        Write(child, depth + 1, out);
        first = false;
      }
      out << "\n" << closing << "]";
      break;
    }
    case Value::kStringValue:
      out << Quoted(value.string_value());
      break;
    case Value::kNumberValue:
      if (value.number_value() == std::floor(value.number_value())) {
        out << static_cast<long long>(value.number_value());
      } else {
        out << value.number_value();
      }
      break;
    case Value::kBoolValue:
      out << (value.bool_value() ? "true" : "false");
      break;
    default:
      out << "null";
  }
}

}  // namespace

std::string SortedJson(const google::protobuf::Struct& document) {
  Value root;
  *root.mutable_struct_value() = document;
  std::ostringstream out;
  Write(root, 0, out);
  out << "\n";
  return out.str();
}

}  // namespace veilig::openapi
