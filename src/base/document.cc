// Document: the plain value type of include/isnad/document.h (zone and basis names, zone lookup).
#include "isnad/document.h"

namespace isnad {

const char* ZoneKindName(ZoneKind k) {
  switch (k) {
    case ZoneKind::kTitle: return "title";
    case ZoneKind::kSectionLabel: return "section_label";
    case ZoneKind::kByline: return "byline";
    case ZoneKind::kDateline: return "dateline";
    case ZoneKind::kCaption: return "caption";
    case ZoneKind::kBody: return "body";
    case ZoneKind::kRelated: return "related";
    case ZoneKind::kCredit: return "credit";
    case ZoneKind::kComments: return "comments";
    case ZoneKind::kFurniture: return "furniture";
  }
  return "unknown";
}

const char* BasisName(Basis b) {
  switch (b) {
    case Basis::kMetadata: return "metadata";
    case Basis::kCreditLine: return "credit_line";
    case Basis::kByline: return "byline";
    case Basis::kSelfReference: return "self_reference";
    case Basis::kUrl: return "url";
    case Basis::kDateline: return "dateline";
    case Basis::kComment: return "comment";
  }
  return "unknown";
}

bool Document::IsReporting(Span s) const {
  for (const Zone& z : zones) {
    if (z.span.start <= s.start && s.end <= z.span.end) {
      return z.kind == ZoneKind::kBody || z.kind == ZoneKind::kTitle;
    }
  }
  return false;
}

}  // namespace isnad
