// The extract stage's library anchor; the scanners live in numbers.cc and dates.cc.
namespace isnad::internal {
extern const int kExtractStageAnchor = 0;
}  // namespace isnad::internal
