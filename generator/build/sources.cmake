list(APPEND QALA_SOURCES
  generator/build/build_identity.cc
  generator/build/build_memo.cc
  generator/build/cache_codec.cc
  generator/build/cache_store.cc
  generator/build/incremental_build.cc
  generator/build/input_fingerprint.cc
  generator/build/node_record.cc
  generator/build/parse_memo_cache.cc
  generator/build/progress.cc
  generator/build/view_key.cc
)
