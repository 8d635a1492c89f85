#include "tools/openapi-gen/openapi_builder.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>

#include <set>
#include <string>

#include "veilig/report/v1/dashboard.pb.h"
#include "veilig/report/v1/report_service.pb.h"

namespace veilig::openapi {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::EnumDescriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::ListValue;
using google::protobuf::Struct;
using google::protobuf::Value;

Value Str(const std::string& s) {
  Value v;
  v.set_string_value(s);
  return v;
}

Value Obj(Struct s) {
  Value v;
  *v.mutable_struct_value() = std::move(s);
  return v;
}

Value Ref(const std::string& name) {
  Struct s;
  (*s.mutable_fields())["$ref"] = Str("#/components/schemas/" + name);
  return Obj(s);
}

// Schema names: the message's own name (unique across our packages).
std::string SchemaName(const Descriptor* d) { return d->name(); }

class SchemaWriter {
 public:
  explicit SchemaWriter(Struct& schemas) : schemas_(schemas) {}

  void Add(const Descriptor* d) {
    if (d->full_name() == "google.protobuf.Timestamp" || done_.contains(d->full_name())) return;
    done_.insert(d->full_name());
    Struct schema;
    auto& fields = *schema.mutable_fields();
    fields["type"] = Str("object");
    Struct properties;
    for (int i = 0; i < d->field_count(); ++i) {
      const FieldDescriptor* f = d->field(i);
      Value field_schema = FieldSchema(f);
      if (f->is_repeated()) {
        Struct array;
        (*array.mutable_fields())["type"] = Str("array");
        (*array.mutable_fields())["items"] = field_schema;
        field_schema = Obj(array);
      }
      (*properties.mutable_fields())[f->json_name()] = field_schema;
    }
    fields["properties"] = Obj(properties);
    (*schemas_.mutable_fields())[SchemaName(d)] = Obj(schema);
  }

 private:
  Value FieldSchema(const FieldDescriptor* f) {
    Struct s;
    auto& fields = *s.mutable_fields();
    switch (f->type()) {
      case FieldDescriptor::TYPE_MESSAGE:
        if (f->message_type()->full_name() == "google.protobuf.Timestamp") {
          fields["type"] = Str("string");
          fields["format"] = Str("date-time");
          return Obj(s);
        }
        // The HTTP API writes calendar dates as ISO text (gateway/json).
        if (f->message_type()->full_name() == "google.type.Date") {
          fields["type"] = Str("string");
          fields["format"] = Str("date");
          return Obj(s);
        }
        Add(f->message_type());
        return Ref(SchemaName(f->message_type()));
      case FieldDescriptor::TYPE_ENUM: {
        fields["type"] = Str("string");
        ListValue values;
        const EnumDescriptor* e = f->enum_type();
        for (int i = 0; i < e->value_count(); ++i) *values.add_values() = Str(e->value(i)->name());
        *fields["enum"].mutable_list_value() = values;
        return Obj(s);
      }
      case FieldDescriptor::TYPE_BOOL:
        fields["type"] = Str("boolean");
        return Obj(s);
      case FieldDescriptor::TYPE_DOUBLE:
      case FieldDescriptor::TYPE_FLOAT:
        fields["type"] = Str("number");
        return Obj(s);
      case FieldDescriptor::TYPE_INT32:
      case FieldDescriptor::TYPE_SINT32:
      case FieldDescriptor::TYPE_UINT32:
        fields["type"] = Str("integer");
        fields["format"] = Str("int32");
        return Obj(s);
      case FieldDescriptor::TYPE_INT64:
      case FieldDescriptor::TYPE_SINT64:
      case FieldDescriptor::TYPE_UINT64:
        // The proto3 JSON mapping writes 64-bit integers as strings.
        fields["type"] = Str("string");
        fields["format"] = Str("int64");
        return Obj(s);
      default:
        fields["type"] = Str("string");
        return Obj(s);
    }
  }

  Struct& schemas_;
  std::set<std::string> done_;
};

Struct VersionHeader() {
  Struct header, schema;
  (*schema.mutable_fields())["type"] = Str("string");
  (*schema.mutable_fields())["example"] = Str("1.0.0");
  (*header.mutable_fields())["description"] = Str("The full version of the API (semver).");
  (*header.mutable_fields())["schema"] = Obj(schema);
  Struct headers;
  (*headers.mutable_fields())["API-Version"] = Obj(header);
  return headers;
}

Struct JsonResponse(const std::string& description, const std::string& schema) {
  Struct response, content, media;
  (*response.mutable_fields())["description"] = Str(description);
  (*response.mutable_fields())["headers"] = Obj(VersionHeader());
  (*media.mutable_fields())["schema"] = Ref(schema);
  (*content.mutable_fields())["application/json"] = Obj(media);
  (*response.mutable_fields())["content"] = Obj(content);
  return response;
}

// A report: its JSON, or with `Accept: application/pdf` the HTML report
// printed by the gateway's Chromium (when it has one).
Struct ReportResponse(const std::string& description) {
  Struct response =
      JsonResponse(description +
                       "; met Accept: application/pdf de rapportage als PDF (A4, zoals afgedrukt "
                       "uit de browser)",
                   "ProgressReport");
  Struct pdf, schema;
  (*schema.mutable_fields())["type"] = Str("string");
  (*schema.mutable_fields())["format"] = Str("binary");
  (*pdf.mutable_fields())["schema"] = Obj(schema);
  (*(*response.mutable_fields())["content"]
        .mutable_struct_value()
        ->mutable_fields())["application/pdf"] = Obj(pdf);
  return response;
}

Value ProblemResponse(const std::string& description) {
  Struct response, content, media;
  (*response.mutable_fields())["description"] = Str(description);
  (*media.mutable_fields())["schema"] = Ref("Problem");
  (*content.mutable_fields())["application/problem+json"] = Obj(media);
  (*response.mutable_fields())["content"] = Obj(content);
  return Obj(response);
}

Value Parameter(const std::string& name, const std::string& in, const std::string& description,
                const std::string& type, bool required, const std::string& pattern = "") {
  Struct p, schema;
  (*p.mutable_fields())["name"] = Str(name);
  (*p.mutable_fields())["in"] = Str(in);
  (*p.mutable_fields())["description"] = Str(description);
  (*p.mutable_fields())["required"].set_bool_value(required);
  (*schema.mutable_fields())["type"] = Str(type);
  if (!pattern.empty()) (*schema.mutable_fields())["pattern"] = Str(pattern);
  (*p.mutable_fields())["schema"] = Obj(schema);
  return Obj(p);
}

Value Operation(const std::string& id, const std::string& summary,
                const std::vector<Value>& parameters, const std::string& ok_status,
                const Struct& ok_response,
                const std::vector<std::pair<std::string, std::string>>& errors,
                const std::string& tag = "reports") {
  Struct op, responses;
  (*op.mutable_fields())["operationId"] = Str(id);
  (*op.mutable_fields())["summary"] = Str(summary);
  (*op.mutable_fields())["tags"].mutable_list_value()->add_values()->set_string_value(tag);
  if (!parameters.empty()) {
    auto* list = (*op.mutable_fields())["parameters"].mutable_list_value();
    for (const auto& p : parameters) *list->add_values() = p;
  }
  (*responses.mutable_fields())[ok_status] = Obj(ok_response);
  for (const auto& [status, description] : errors) {
    (*responses.mutable_fields())[status] = ProblemResponse(description);
  }
  // Every operation: a missing or bad token, a role that is not enough, a
  // client over its rate limit.
  for (const auto& [status, description] : std::vector<std::pair<std::string, std::string>>{
           {"401", "Geen of ongeldig token"},
           {"403", "Onvoldoende rechten (bijv. een concept voor een lezer)"},
           {"429", "Te veel verzoeken; zie Retry-After"}}) {
    (*responses.mutable_fields())[status] = ProblemResponse(description);
  }
  (*op.mutable_fields())["responses"] = Obj(responses);
  return Obj(op);
}

Struct ProblemSchema() {
  Struct schema, properties;
  (*schema.mutable_fields())["type"] = Str("object");
  const std::vector<std::pair<std::string, std::string>> members = {
      {"type", "string"},   {"title", "string"},    {"status", "integer"},
      {"detail", "string"}, {"instance", "string"}, {"code", "string"}};
  for (const auto& [name, type] : members) {
    Struct p;
    (*p.mutable_fields())["type"] = Str(type);
    (*properties.mutable_fields())[name] = Obj(p);
  }
  (*(*properties.mutable_fields())["code"]
        .mutable_struct_value()
        ->mutable_fields())["description"] = Str("The gRPC status code, e.g. INVALID_ARGUMENT.");
  (*schema.mutable_fields())["properties"] = Obj(properties);
  auto* required = (*schema.mutable_fields())["required"].mutable_list_value();
  for (const char* r : {"status", "title", "detail"}) required->add_values()->set_string_value(r);
  return schema;
}

}  // namespace

Struct BuildDocument() {
  Struct doc;
  auto& root = *doc.mutable_fields();
  root["openapi"] = Str("3.0.3");

  Struct info, contact;
  (*info.mutable_fields())["title"] = Str("Veilig rapportage-API");
  (*info.mutable_fields())["description"] =
      Str("De halfjaarlijkse voortgangsrapportage van het Actieplan Veiligheid: concept en "
          "gepubliceerde versies, als JSON (canonieke proto3 JSON-mapping van "
          "veilig.report.v1.ReportService).");
  (*info.mutable_fields())["version"] = Str("1.0.0");
  (*contact.mutable_fields())["name"] = Str("Team Veilig");
  (*contact.mutable_fields())["email"] = Str("veilig@example.org");
  (*contact.mutable_fields())["url"] = Str("https://example.org/veilig");
  (*info.mutable_fields())["contact"] = Obj(contact);
  root["info"] = Obj(info);

  Struct server;
  (*server.mutable_fields())["url"] = Str("https://veilig.example.org/api/v1");
  root["servers"].mutable_list_value()->add_values()->mutable_struct_value()->CopyFrom(server);

  for (const auto& [name, description] : std::vector<std::pair<std::string, std::string>>{
           {"reports", "Voortgangsrapportages"},
           {"dashboard", "Het dashboard: indicatoren, kaarten per wijk en buurt, gebieden"}}) {
    Struct tag;
    (*tag.mutable_fields())["name"] = Str(name);
    (*tag.mutable_fields())["description"] = Str(description);
    root["tags"].mutable_list_value()->add_values()->mutable_struct_value()->CopyFrom(tag);
  }

  const Value municipality = Parameter("municipality", "path", "CBS-gemeentecode, bijv. GM0034",
                                       "string", true, "^GM[0-9]{4}$");
  const Value period =
      Parameter("period", "path", "Halfjaar, bijv. 2019H1", "string", true, "^[0-9]{4}H[12]$");
  const std::vector<std::pair<std::string, std::string>> read_errors = {{"400", "Ongeldige invoer"},
                                                                        {"404", "Niet gevonden"},
                                                                        {"503", "Niet beschikbaar"},
                                                                        {"504", "Te laat"}};
  // Reading a report may also ask for its PDF.
  const std::vector<std::pair<std::string, std::string>> report_errors = {
      {"400", "Ongeldige invoer"},
      {"404", "Niet gevonden"},
      {"406", "PDF gevraagd, maar deze gateway drukt niet af (geen --chromium)"},
      {"503", "Niet beschikbaar, of alle PDF-printers bezet (zie Retry-After)"},
      {"504", "Te laat"}};

  Struct paths;
  auto& p = *paths.mutable_fields();
  {
    Struct item;
    (*item.mutable_fields())["get"] =
        Operation("listPublishedReports", "Alle gepubliceerde rapportages", {}, "200",
                  JsonResponse("Gepubliceerde rapportages", "ListPublishedReportsResponse"),
                  {{"400", "Ongeldige invoer"}, {"503", "Niet beschikbaar"}});
    p["/reports"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "getReport", "Concept of gepubliceerde versie van een rapportage",
        {municipality, period,
         Parameter("version", "query", "Gepubliceerde versie; 0 of weggelaten: het concept",
                   "integer", false)},
        "200", ReportResponse("De rapportage"), report_errors);
    p["/reports/{municipality}/{period}"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "listReportVersions", "Gepubliceerde versies van een rapportage", {municipality, period},
        "200", JsonResponse("De versies", "ListReportVersionsResponse"), read_errors);
    (*item.mutable_fields())["post"] = Operation(
        "publishReport", "Publiceer het huidige concept als nieuwe versie", {municipality, period},
        "201", JsonResponse("De gepubliceerde versie", "ProgressReport"),
        {{"400", "Ongeldige invoer of onvolledig concept"},
         {"404", "Niet gevonden"},
         {"503", "Niet beschikbaar"}});
    p["/reports/{municipality}/{period}/versions"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] =
        Operation("getReportVersion", "Een gepubliceerde versie",
                  {municipality, period,
                   Parameter("version", "path", "Versienummer (1, 2, ...)", "integer", true)},
                  "200", ReportResponse("De versie"), report_errors);
    p["/reports/{municipality}/{period}/versions/{version}"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "diffReports", "Verschillen tussen twee versies (0 is het concept)",
        {municipality, period, Parameter("fromVersion", "query", "Oude versie", "integer", true),
         Parameter("toVersion", "query", "Nieuwe versie; 0 of weggelaten: het concept", "integer",
                   false)},
        "200", JsonResponse("De verschillen", "DiffReportsResponse"), read_errors);
    p["/reports/{municipality}/{period}/differences"] = Obj(item);
  }
  // The dashboard's views as data: the JSON twins of its pages.
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "getDashboard", "De indicatoren van het actieplan uit de laatste gepubliceerde rapportage",
        {municipality}, "200", JsonResponse("Het overzicht", "DashboardOverview"), read_errors,
        "dashboard");
    p["/municipalities/{municipality}/dashboard"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "getAreaFigures", "Een indicator per wijk (of per buurt van een wijk) in een periode",
        {municipality,
         Parameter("indicator", "query",
                   "Indicator, bijv. woninginbraak; weggelaten: de eerste van het plan", "string",
                   false, "^[a-z][a-z0-9_]*$"),
         Parameter("period", "query",
                   "Halfjaar of maand, bijv. 2019H1 of 2019M03; weggelaten: die van de rapportage",
                   "string", false, "^[0-9]{4}(H[12]|M(0[1-9]|1[0-2]))$"),
         Parameter("area", "query", "Een wijk, bijv. WK003401: de buurten daarvan", "string", false,
                   "^WK[0-9]{4}[0-9A-Z]{2}$")},
        "200", JsonResponse("De cijfers per wijk of buurt, met klassen en bronnen", "AreaMap"),
        read_errors, "dashboard");
    p["/municipalities/{municipality}/area-figures"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "getArea", "Een wijk of buurt: elke indicator per maand en per halfjaar",
        {municipality, Parameter("area", "path", "Wijk- of buurtcode, bijv. WK003401", "string",
                                 true, "^(WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$")},
        "200", JsonResponse("Het gebied", "AreaProfile"), read_errors, "dashboard");
    p["/municipalities/{municipality}/areas/{area}"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "getBbvIndicators",
        "De beleidsindicatoren over veiligheid (BBV) per heel jaar, naast die van Nederland",
        {municipality}, "200", JsonResponse("De beleidsindicatoren", "PrescribedIndicators"),
        read_errors, "dashboard");
    p["/municipalities/{municipality}/bbv-indicators"] = Obj(item);
  }
  {
    Struct item;
    (*item.mutable_fields())["get"] = Operation(
        "getSignals",
        "Waar een indicator in een wijk of buurt meer steeg dan toeval verklaart, met de methode "
        "en de getallen in volle precisie",
        {municipality}, "200", JsonResponse("De signalen", "SignalsOverview"), read_errors,
        "dashboard");
    p["/municipalities/{municipality}/signals"] = Obj(item);
  }
  root["paths"] = Obj(paths);

  Struct components, schemas;
  SchemaWriter writer(schemas);
  for (const Descriptor* d :
       {report::v1::ProgressReport::descriptor(),
        report::v1::ListReportVersionsResponse::descriptor(),
        report::v1::ListPublishedReportsResponse::descriptor(),
        report::v1::DiffReportsResponse::descriptor(), report::v1::DashboardOverview::descriptor(),
        report::v1::AreaMap::descriptor(), report::v1::AreaProfile::descriptor(),
        report::v1::PrescribedIndicators::descriptor(),
        report::v1::SignalsOverview::descriptor()}) {
    writer.Add(d);
  }
  (*schemas.mutable_fields())["Problem"] = Obj(ProblemSchema());
  (*components.mutable_fields())["schemas"] = Obj(schemas);
  Struct bearer, schemes;
  (*bearer.mutable_fields())["type"] = Str("http");
  (*bearer.mutable_fields())["scheme"] = Str("bearer");
  (*bearer.mutable_fields())["bearerFormat"] = Str("JWT");
  (*bearer.mutable_fields())["description"] =
      Str("Rollen: viewer (gepubliceerde versies), editor:<thema>, publisher, admin. Met "
          "--public-reports zijn gepubliceerde versies ook zonder token te lezen.");
  (*schemes.mutable_fields())["bearerAuth"] = Obj(bearer);
  (*components.mutable_fields())["securitySchemes"] = Obj(schemes);
  Struct requirement;
  (*requirement.mutable_fields())["bearerAuth"].mutable_list_value();
  root["security"].mutable_list_value()->add_values()->mutable_struct_value()->CopyFrom(
      requirement);
  root["components"] = Obj(components);
  return doc;
}

}  // namespace veilig::openapi
