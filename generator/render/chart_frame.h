#pragma once
#include <string>

#include "render/chart_scale.h"

namespace qala {

/// The opening of a chart with a value axis along the bottom: the figure, its scrolling box, the
/// svg (`width` x `height`) with its title and description, and one grid line per tick with its
/// label in `lang`. The caller adds its marks and closes with "</svg></div>" and the figure.
std::string chart_frame_open(const std::string& id, const std::string& title,
                             const std::string& desc, const Ticks& ticks, const LinearScale& sx,
                             double width, double height, const std::string& lang);

}  // namespace qala
