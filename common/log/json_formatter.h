// An spdlog formatter that writes each record as one JSON object per line.
#pragma once

#include <spdlog/formatter.h>

#include <memory>
#include <string>

namespace veilig::log {

class JsonLinesFormatter final : public spdlog::formatter {
 public:
  explicit JsonLinesFormatter(std::string service) : service_(std::move(service)) {}
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override;
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonLinesFormatter>(service_);
  }

 private:
  std::string service_;
};

// Appends `text` as the body of a JSON string (without the quotes).
void AppendJsonEscaped(std::string_view text, spdlog::memory_buf_t& dest);

}  // namespace veilig::log
