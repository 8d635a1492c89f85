#include "common/report/signal_text.h"

#include <algorithm>
#include <cmath>

#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/labels.h"

namespace veilig::report {
namespace {

namespace cv1 = common::v1;

constexpr double kSmallestChanceShown = 1e-6;

// The negative binomial's limit is a whole count; the others are not.
std::string LimitText(double limit) {
  return limit == std::floor(limit) ? FormatCount(static_cast<int64_t>(limit))
                                    : FormatDecimal(limit, 1);
}

std::string ThresholdText(const std::string& threshold) {
  if (threshold == "negative_binomial") return "een kwantiel van de negatief-binomiale verdeling";
  if (threshold == "two_thirds_power") return "een benadering op de schaal van de 2/3-macht";
  return "de normale benadering";
}

std::string LevelText(cv1::AreaKind kind) {
  return kind == cv1::AREA_KIND_DISTRICT ? "wijken" : "buurten";
}

std::string PerText(const cv1::Indicator& indicator) {
  const std::string_view unit = UnitLabel(indicator.unit());
  return unit.empty() ? std::string("per 1.000 inwoners") : std::string(unit);
}

std::string FarringtonSentence(const cv1::AreaSignal& signal, const cv1::Indicator& indicator) {
  return indicator.title() + " in " + signal.area_name() + ", " + DutchPeriod(signal.period()) +
         ": " + FormatCount(signal.observed()) + " geregistreerd, waar " +
         FormatDecimal(signal.expected(), 1) + " verwacht werd (bovengrens " +
         LimitText(signal.upper_limit()) + ").";
}

std::string HotSpotSentence(const cv1::AreaSignal& signal, const cv1::Indicator& indicator) {
  const int n = signal.neighbours_size();
  return indicator.title() + ": brandpunt rond " + signal.area_name() + " met " +
         FormatCounted(n, "buur", "buren") + ", " + DutchPeriod(signal.period()) + ": " +
         FormatDecimal(signal.rate(), 1) + " " + PerText(indicator) + " daar en " +
         FormatDecimal(signal.neighbourhood_rate(), 1) + " met de buren samen, tegen " +
         FormatDecimal(signal.mean_rate(), 1) + " in alle " + LevelText(signal.area_kind()) +
         " samen.";
}

std::string ComparisonSentence(const cv1::AreaSignal& signal, const cv1::Indicator& indicator) {
  return indicator.title() + " in " + signal.area_name() + ", " + DutchPeriod(signal.period()) +
         " tegenover " + DutchPeriod(signal.comparison_period()) + ": " +
         FormatCount(signal.observed()) + " geregistreerd tegen " +
         FormatCount(signal.comparison_observed()) +
         " toen; met de ontwikkeling van de hele gemeente werden er " +
         FormatDecimal(signal.expected(), 1) + " verwacht.";
}

// "februari tot en met april 2019"; "november 2018 tot en met februari 2019".
std::string MonthsText(const std::string& first, const std::string& last) {
  std::string from = DutchPeriod(first);
  if (first.substr(0, 4) == last.substr(0, 4) && from.size() > 5) from.resize(from.size() - 5);
  return from + " tot en met " + DutchPeriod(last);
}

std::string CusumSentence(const cv1::AreaSignal& signal, const cv1::Indicator& indicator) {
  return indicator.title() + " in " + signal.area_name() + ", " +
         MonthsText(signal.run_start(), signal.period()) + ": " + FormatCount(signal.observed()) +
         " geregistreerd, waar " + FormatDecimal(signal.expected(), 1) +
         " verwacht werd; aanhoudend hoger dan verwacht.";
}

// Every test of the indicator is one family (maanden, vergelijkingen en
// brandpunten in wijken en buurten): the number is the family's.
std::string CorrectionText(const cv1::AreaSignal& signal) {
  const auto& p = signal.parameters();
  return "De kansen zijn gecorrigeerd voor alle " + FormatCount(signal.tests()) +
         " toetsen van deze indicator in de wijken en buurten (Benjamini-Hochberg, " +
         FormatDecimal(p.false_discovery_rate() * 100, 0) + "% valse ontdekkingen)";
}

std::string FarringtonHow(const cv1::AreaSignal& signal) {
  const auto& p = signal.parameters();
  return "Methode van Farrington (verbeterd door Noufaily e.a., 2012): een quasi-Poisson-model op "
         "dezelfde maanden van de " +
         std::to_string(p.years_back()) + " jaar ervoor, met " + std::to_string(p.window()) +
         " maanden ervoor en erna, voorspelt het aantal" +
         (p.relative_to_municipality() ? " als aandeel van het aantal in de hele gemeente" : "") +
         (signal.trend_used() ? ", met een trend" : ", zonder trend") +
         "; eerdere uitschieters tellen minder mee. De bovengrens is " +
         ThresholdText(p.threshold()) + " bij een overschrijdingskans van " +
         FormatDecimal(p.alpha() * 100, 0) + "%. Overdispersie " +
         FormatDecimal(signal.dispersion(), 2) + ". " + CorrectionText(signal) +
         "; een maand met minder dan " + std::to_string(p.min_count()) +
         " geregistreerde feiten is nooit een signaal.";
}

std::string ComparisonHow(const cv1::AreaSignal& signal) {
  const auto& p = signal.parameters();
  return "Exacte voorwaardelijke toets van twee Poisson-cijfers (Gu e.a., 2008): het aantal van "
         "de " +
         DutchPeriod(signal.period()) + " tegenover dat van de " +
         DutchPeriod(signal.comparison_period()) +
         ", elk gewogen met het aantal dat het gebied zou hebben bij het cijfer van de hele "
         "gemeente in die periode. Een stijging van de hele gemeente is zo geen stijging van haar "
         "delen. Scorestatistiek z = " +
         FormatDecimal(signal.z_score(), 2) + ". " + CorrectionText(signal) +
         "; een gebied met minder dan " + std::to_string(p.min_count()) +
         " geregistreerde feiten in het halfjaar is nooit een signaal.";
}

std::string CusumHow(const cv1::AreaSignal& signal) {
  const auto& p = signal.parameters();
  return "Poisson-CUSUM (Lucas, 1985): per maand van het halfjaar telt het aantal boven een "
         "referentiewaarde op, zolang de som boven nul blijft. De referentiewaarde hoort bij een "
         "stijging tot " +
         FormatDecimal(p.cusum_shift(), 1) +
         " keer het verwachte aantal; het verwachte aantal per maand komt uit de methode van "
         "Farrington" +
         (p.relative_to_municipality() ? ", als aandeel van het aantal in de hele gemeente" : "") +
         ". De hoogste som was " + FormatDecimal(signal.cusum(), 1) +
         "; de kans dat toeval die binnen het halfjaar bereikt is " + ChanceText(signal.p_value()) +
         ". " + CorrectionText(signal) + "; een reeks maanden met minder dan " +
         std::to_string(p.min_count()) +
         " geregistreerde feiten, of van één maand, is nooit een signaal.";
}

std::string NeighboursText(const cv1::SignalParameters& p) {
  if (p.weights() == cv1::NEIGHBOUR_WEIGHTS_DISTANCE_BAND) {
    return "gebieden waarvan de middelpunten binnen " +
           FormatCount(std::lround(p.distance_band())) + " meter van elkaar liggen";
  }
  return "gebieden waarvan de grenzen elkaar raken, ook in één punt (binnen " +
         FormatCount(std::lround(p.contiguity_tolerance())) + " meter)";
}

std::string HotSpotHow(const cv1::AreaSignal& signal) {
  const auto& p = signal.parameters();
  return "Getis-Ord Gi* (Ord en Getis, 1995): het cijfer van het gebied en zijn buren samen, "
         "vergeleken met wat een willekeurige verdeling van dezelfde cijfers over de " +
         LevelText(signal.area_kind()) + " van de gemeente zou geven. Buren zijn " +
         NeighboursText(p) + ". z = " + FormatDecimal(signal.z_score(), 2) + ". " +
         CorrectionText(signal) + "; een gebied met minder dan " + std::to_string(p.min_count()) +
         " geregistreerde feiten in het halfjaar is nooit een brandpunt.";
}

}  // namespace

std::string ChanceText(double p) {
  if (!(p >= 0 && p <= 1)) return "–";
  if (p < kSmallestChanceShown) return "minder dan 0,0001%";
  const double percent = p * 100;
  const int decimals = std::max(0, 1 - static_cast<int>(std::floor(std::log10(percent))));
  return FormatDecimal(percent, decimals) + "%";
}

std::string SignalSentence(const cv1::AreaSignal& signal, const cv1::Indicator& indicator) {
  switch (signal.method()) {
    case cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR:
      return HotSpotSentence(signal, indicator);
    case cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON:
      return ComparisonSentence(signal, indicator);
    case cv1::SIGNAL_METHOD_POISSON_CUSUM:
      return CusumSentence(signal, indicator);
    default:
      return FarringtonSentence(signal, indicator);
  }
}

std::string SignalKindText(const cv1::AreaSignal& signal) {
  switch (signal.method()) {
    case cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR:
      return "Brandpunt";
    case cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON:
      return "Stijging sinds " + DutchPeriodShort(signal.comparison_period());
    case cv1::SIGNAL_METHOD_POISSON_CUSUM:
      return "Aanhoudende stijging";
    default:
      return "Stijging";
  }
}

std::string UpperLimitText(const cv1::AreaSignal& signal) {
  if (signal.method() != cv1::SIGNAL_METHOD_FARRINGTON_FLEXIBLE) return "–";
  return LimitText(signal.upper_limit());
}

std::string HowComputed(const cv1::AreaSignal& signal) {
  switch (signal.method()) {
    case cv1::SIGNAL_METHOD_GETIS_ORD_GI_STAR:
      return HotSpotHow(signal);
    case cv1::SIGNAL_METHOD_EXACT_RATE_COMPARISON:
      return ComparisonHow(signal);
    case cv1::SIGNAL_METHOD_POISSON_CUSUM:
      return CusumHow(signal);
    default:
      return FarringtonHow(signal);
  }
}

std::vector<std::string> SignalsSummary(const std::vector<cv1::AreaSignal>& signals, int tests,
                                        const std::vector<cv1::Indicator>& indicators,
                                        bool pending) {
  std::vector<std::string> paragraphs;
  if (pending) {
    paragraphs.push_back(
        "Toen deze versie werd samengesteld, werden de signalen per wijk en buurt nog berekend" +
        std::string(tests > 0 ? "; wat hier volgt, is daarom mogelijk niet volledig" : "") +
        ". Het dashboard toont ze onder Signalen.");
  }
  if (tests <= 0) return paragraphs;
  const std::string tested = FormatCounted(tests, "toets", "toetsen");
  if (signals.empty()) {
    paragraphs.push_back(
        "In geen wijk of buurt steeg een indicator in deze periode meer dan toeval verklaart, "
        "en geen brandpunt viel op; dat berust op " +
        tested + ".");
    return paragraphs;
  }
  const bool one = signals.size() == 1;
  paragraphs.push_back(
      "In de wijken en buurten " + std::string(one ? "is" : "zijn") + " in deze periode " +
      FormatCounted(static_cast<int64_t>(signals.size()), "signaal", "signalen") + " gevonden " +
      (one ? "dat" : "die") + " toeval niet verklaart, ook na correctie voor de " + tested + ".");
  for (const auto& signal : signals) {
    paragraphs.push_back(SignalSentence(signal, IndicatorOfSignal(indicators, signal)));
  }
  paragraphs.push_back(
      "Hoe elk signaal is berekend, met de getallen, staat op het dashboard onder Signalen.");
  return paragraphs;
}

}  // namespace veilig::report
