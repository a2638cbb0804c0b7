namespace isnad::internal { extern const int kIngestAnchor = 0; }
