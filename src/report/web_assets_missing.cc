// Used when isnad is configured without node and npm: there is no page to embed, and
// WebTemplate() is empty (`isnad report` and `isnad serve` then say how to get it).
namespace isnad::internal {

extern const char* const kWebTemplateBegin = "";
extern const char* const kWebTemplateEnd = kWebTemplateBegin;

}  // namespace isnad::internal
