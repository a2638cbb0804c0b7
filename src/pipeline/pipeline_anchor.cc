namespace isnad::internal { extern const int kPipelineAnchor = 0; }
