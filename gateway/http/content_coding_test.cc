#include "gateway/http/content_coding.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace veilig::gateway {
namespace {

std::string Gunzip(const std::string& gzip) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gzip.data()));
  stream.avail_in = static_cast<uInt>(gzip.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

TEST(GzipTest, RoundTripsAndShrinksRepetitiveJson) {
  std::string json = "[";
  for (int i = 0; i < 2000; ++i)
    json += R"({"indicator":"woninginbraak","count":)" + std::to_string(i) + "},";
  json += "{}]";
  const std::string gzip = Gzip(json);
  EXPECT_EQ(static_cast<unsigned char>(gzip[0]), 0x1f);  // the gzip magic number
  EXPECT_EQ(static_cast<unsigned char>(gzip[1]), 0x8b);
  EXPECT_LT(gzip.size(), json.size() / 4);
  EXPECT_EQ(Gunzip(gzip), json);
}

TEST(GzipTest, EmptyInputIsAValidEmptyMember) { EXPECT_EQ(Gunzip(Gzip("")), ""); }

TEST(AcceptsGzipTest, ListedCodingsWithTheirQualities) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("gzip, deflate, br"));
  EXPECT_TRUE(AcceptsGzip("br;q=1.0, GZIP;q=0.5"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("identity"));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip ; q=0.000"));
  EXPECT_FALSE(AcceptsGzip("x-gzipped"));
}

TEST(AcceptsGzipTest, AnExplicitGzipOverridesTheWildcard) {
  EXPECT_FALSE(AcceptsGzip("*, gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0, *"));
  EXPECT_TRUE(AcceptsGzip("*;q=0, gzip"));
}

TEST(PrefersMediaTypeTest, OnlyAClientThatNamesPdfGetsIt) {
  constexpr char kPdf[] = "application/pdf", kHtml[] = "text/html";
  EXPECT_TRUE(PrefersMediaType("application/pdf", kPdf, kHtml));
  EXPECT_TRUE(PrefersMediaType("Application/PDF", kPdf, kHtml));
  EXPECT_TRUE(PrefersMediaType("application/pdf, */*;q=0.1", kPdf, kHtml));
  EXPECT_TRUE(PrefersMediaType("application/pdf, */*", kPdf, kHtml));
  EXPECT_TRUE(PrefersMediaType("text/html;q=0.5, application/pdf", kPdf, kHtml));
  EXPECT_TRUE(PrefersMediaType("text/*;q=0.5, application/pdf;q=0.8", kPdf, kHtml));
  // What browsers send for a page.
  EXPECT_FALSE(PrefersMediaType(
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("*/*", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("application/*", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("application/pdf;q=0", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("text/html, application/pdf", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("application/pdf;q=0.5, text/html", kPdf, kHtml));
  EXPECT_FALSE(PrefersMediaType("application/pdf;q=0.5, text/*", kPdf, kHtml));
  EXPECT_FALSE(
      PrefersMediaType("application/pdf;q=0.5, application/json", kPdf, "application/json"));
}

}  // namespace
}  // namespace veilig::gateway
