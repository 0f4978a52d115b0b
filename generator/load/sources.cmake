list(APPEND QALA_SOURCES
  generator/load/csv_reader.cc
  generator/load/dataset_loader.cc
  generator/load/file_source.cc
  generator/load/geojson_outline.cc
  generator/load/golden_loader.cc
  generator/load/load_util.cc
  generator/load/parse_memo.cc
  generator/load/project_loader.cc
  generator/load/site_loader.cc
  generator/load/study_loader.cc
  generator/load/yaml_reader.cc
)
