// Document signatures and story matching, shared by every store back end.
//
// A signature holds what two reports of one unfolding event share: the content stems they
// use most (function words left out), the specific places they name (villages, points,
// neighbourhoods — not countries or governorates, which every report of a war shares) and the
// actors, plus a MinHash of word 5-shingles that recognises syndicated and near copies, and
// the publication day. Similarity is a weighted Jaccard of those sets; a document joins the
// story of its most similar predecessor when the similarity passes the threshold and their
// dates (when known) lie within the window.
#ifndef ISNAD_STORE_SIGNATURE_H_
#define ISNAD_STORE_SIGNATURE_H_

#include <string>
#include <vector>

#include "isnad/store.h"

namespace isnad {

struct StoryMatch {
  int64_t story = 0;          // 0 = a new story
  std::string duplicate_of;   // set when a near copy of that document
  double similarity = 0;
};

double Similarity(const DocSignature& a, const DocSignature& b);
double EstimatedJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
bool WithinWindow(const DocSignature& a, const DocSignature& b, int window_days);
StoryMatch BestStory(const DocSignature& sig, const std::vector<Candidate>& candidates,
                     const StoryOptions& options);

// The terms used to look up candidate documents: the most telling places and the stems
// with the highest weights (at most 12), so that lookups stay cheap as the store grows.
std::vector<std::string> CandidateKeys(const DocSignature& sig);

// MinHash of the word 5-shingles of `words` (64 hashes).
std::vector<uint32_t> MinHash(const std::vector<std::string_view>& words);

// "p:..." place, "a:..." actor terms; others are stems.
inline bool IsPlaceTerm(const std::string& t) { return t.rfind("p:", 0) == 0; }
inline bool IsActorTerm(const std::string& t) { return t.rfind("a:", 0) == 0; }

// Terms as stored in one text column ("stem|0.412 p:gn:1 a:isis ..."), and back.
std::string JoinTerms(const DocSignature& sig);
void SplitTerms(std::string_view s, DocSignature* sig);
std::string PackMinHash(const std::vector<uint32_t>& h);
std::vector<uint32_t> UnpackMinHash(std::string_view hex);

}  // namespace isnad

#endif  // ISNAD_STORE_SIGNATURE_H_
