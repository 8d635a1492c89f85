#include "common/import/police_open_data_json.h"

#include <map>
#include <nlohmann/json.hpp>

#include "common/domain/strings.h"

namespace veilig::import {
namespace {

// Collects the scalar members of every object directly inside an array (a
// row) and hands each finished row on.
class RowCollector final : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit RowCollector(const std::function<absl::Status(const PoliceOpenDataRow&)>& on_row)
      : on_row_(on_row) {}

  const absl::Status& status() const { return status_; }
  int rows() const { return rows_; }

  bool null() override { return Scalar(""); }
  bool boolean(bool) override { return Scalar(""); }
  bool number_integer(number_integer_t v) override { return Scalar(std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Scalar(std::to_string(v)); }
  bool number_float(number_float_t, const string_t& text) override { return Scalar(text); }
  bool string(string_t& v) override { return Scalar(v); }
  bool binary(binary_t&) override { return Scalar(""); }
  bool key(string_t& k) override {
    key_ = k;
    return true;
  }
  bool start_object(std::size_t) override {
    in_row_ = !containers_.empty() && containers_.back() == '[';
    containers_.push_back('{');
    if (in_row_) fields_.clear();
    return true;
  }
  bool end_object() override {
    containers_.pop_back();
    const bool row_ended = in_row_ && !containers_.empty() && containers_.back() == '[';
    in_row_ = false;
    return row_ended ? EmitRow() : true;
  }
  bool start_array(std::size_t) override {
    containers_.push_back('[');
    return true;
  }
  bool end_array() override {
    containers_.pop_back();
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    status_ =
        absl::InvalidArgumentError(StrCat("not valid JSON at byte ", position, ": ", error.what()));
    return false;
  }

 private:
  bool Scalar(std::string value) {
    if (in_row_ && containers_.size() >= 2 && containers_.back() == '{') {
      fields_[key_] = std::move(value);
    }
    return true;
  }
  std::string Field(const char* name) const {
    auto it = fields_.find(name);
    return it == fields_.end() ? std::string() : it->second;
  }
  bool EmitRow() {
    ++rows_;
    const bool neighbourhoods = fields_.contains("WijkenEnBuurten");
    auto row = MakePoliceOpenDataRow(Field("SoortMisdrijf"),
                                     Field(neighbourhoods ? "WijkenEnBuurten" : "RegioS"),
                                     Field("Perioden"), Field("GeregistreerdeMisdrijven_1"));
    if (!row.ok()) {
      status_ =
          absl::InvalidArgumentError(StrCat("row ", rows_, ": ", View(row.status().message())));
      return false;
    }
    row->line = rows_;
    status_ = on_row_(*row);
    return status_.ok();
  }

  const std::function<absl::Status(const PoliceOpenDataRow&)>& on_row_;
  absl::Status status_;
  std::string containers_;
  std::string key_;
  bool in_row_ = false;
  std::map<std::string, std::string, std::less<>> fields_;
  int rows_ = 0;
};

}  // namespace

absl::Status ReadPoliceOpenDataJson(
    std::istream& in, const std::function<absl::Status(const PoliceOpenDataRow&)>& on_row) {
  RowCollector collector(on_row);
  nlohmann::json::sax_parse(in, &collector);
  return collector.status();
}

}  // namespace veilig::import
