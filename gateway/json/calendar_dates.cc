#include "gateway/json/calendar_dates.h"

#include <map>
#include <mutex>
#include <set>
#include <string_view>

#include "absl/strings/ascii.h"
#include "common/domain/calendar_date.h"
#include "common/domain/strings.h"

namespace veilig::gateway {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;

// The JSON names of every google.type.Date field reachable from `type`.
void CollectDateNames(const Descriptor* type, std::set<std::string>& names,
                      std::set<const Descriptor*>& seen) {
  if (!seen.insert(type).second) return;
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* f = type->field(i);
    if (f->type() != FieldDescriptor::TYPE_MESSAGE) continue;
    if (f->message_type()->full_name() == "google.type.Date") {
      names.insert(f->json_name());
    } else {
      CollectDateNames(f->message_type(), names, seen);
    }
  }
}

// Worked out once per message type: every JSON response asks.
const std::set<std::string>& DateNames(const Descriptor* type) {
  static std::mutex mutex;
  static std::map<const Descriptor*, std::set<std::string>> by_type;
  std::lock_guard lock(mutex);
  auto [it, inserted] = by_type.try_emplace(type);
  if (inserted) {
    std::set<const Descriptor*> seen;
    CollectDateNames(type, it->second, seen);
  }
  return it->second;
}

// Reads a run of digits at `at`; advances past it.
bool Digits(std::string_view text, size_t& at, int& value) {
  const size_t start = at;
  value = 0;
  while (at < text.size() && absl::ascii_isdigit(static_cast<unsigned char>(text[at])) &&
         at - start < 9) {
    value = value * 10 + (text[at] - '0');
    ++at;
  }
  return at > start;
}

bool Literal(std::string_view text, size_t& at, std::string_view expected) {
  if (text.substr(at, expected.size()) != expected) return false;
  at += expected.size();
  return true;
}

// The key whose value starts at `value_at` ("...,"key":<value>"), if any.
std::string_view KeyBefore(std::string_view text, size_t value_at) {
  if (value_at < 3 || text[value_at - 1] != ':' || text[value_at - 2] != '"') return {};
  const size_t open = text.rfind('"', value_at - 3);
  if (open == std::string_view::npos) return {};
  return text.substr(open + 1, value_at - 3 - open);
}

}  // namespace

// Protobuf's JSON printer writes a date as {"year":2019,"month":3,"day":12}
// (compact, in field order); only values of date fields are rewritten, and
// the rest of the text (its escaping and order) is left exactly as printed.
absl::StatusOr<std::string> DatesAsIsoText(const std::string& json, const Descriptor* type) {
  const std::set<std::string>& names = DateNames(type);
  std::string out;
  out.reserve(json.size());
  size_t copied = 0;
  for (size_t at = json.find("{\"year\":"); at != std::string::npos;
       at = json.find("{\"year\":", at + 1)) {
    if (!names.contains(std::string(KeyBefore(json, at)))) continue;
    size_t end = at;
    google::type::Date date;
    int year = 0, month = 0, day = 0;
    if (!Literal(json, end, "{\"year\":") || !Digits(json, end, year) ||
        !Literal(json, end, ",\"month\":") || !Digits(json, end, month) ||
        !Literal(json, end, ",\"day\":") || !Digits(json, end, day) || !Literal(json, end, "}")) {
      continue;  // a partial date stays an object
    }
    date.set_year(year);
    date.set_month(month);
    date.set_day(day);
    out.append(json, copied, at - copied);
    out += StrCat("\"", IsoDate(date), "\"");
    copied = end;
  }
  out.append(json, copied, std::string::npos);
  return out;
}

absl::StatusOr<std::string> DatesAsObjects(const std::string& json, const Descriptor* type) {
  const std::set<std::string>& names = DateNames(type);
  std::string out;
  out.reserve(json.size());
  size_t copied = 0;
  // "key":"YYYY-MM-DD" -> "key":{"year":..,"month":..,"day":..}
  for (size_t at = json.find(":\""); at != std::string::npos; at = json.find(":\"", at + 1)) {
    const size_t value_at = at + 1;
    if (!names.contains(std::string(KeyBefore(json, value_at)))) continue;
    const std::string_view text = std::string_view(json).substr(value_at + 1, 10);
    if (json.size() < value_at + 12 || json[value_at + 11] != '"') continue;
    const google::type::Date date = DateFromIso(text);
    if (!IsSet(date)) continue;
    out.append(json, copied, value_at - copied);
    out += StrCat("{\"year\":", date.year(), ",\"month\":", date.month(), ",\"day\":", date.day(),
                  "}");
    copied = value_at + 12;
  }
  out.append(json, copied, std::string::npos);
  return out;
}

}  // namespace veilig::gateway
