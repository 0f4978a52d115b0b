#pragma once
#include <string>

#include "render/view.h"

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// `strategies/index.html`: the strategy tables below a language folder.
inline constexpr const char* kStrategiesPath = "strategies/index.html";

/// True when some study reads paper 000's Table 6 (data/p000/priorities.csv) or paper 002's
/// Table 8 (data/p002/strategy.csv): the site then has a strategies page.
bool has_strategy_tables(const Project& project);

/// The strategies page as its template sees it:
/// - `table6` (when data/p000/priorities.csv is read): `caption`, `source`, `rows` per town
///   (`town`, `goal`, `goal_en` when the goal is shown in English, `targets` with `label`,
///   `value`, `sort`, and `priorities` with `text`, `en`);
/// - `table8` (when data/p002/strategy.csv is read): `caption`, `source`, `rows` (`no`, `area`,
///   `events`, `en`);
/// - `matrix`: priority kinds x towns of Table 6, derived here (`towns` with `name`, `rows` per
///   kind with `kind`, `label`, `cells` (`town`, `count`, `zero`) and `total`, `totals` per
///   town, `total`).
/// Every text and number comes from those datasets.
view::Map strategy_view(const Project& project, const Strings& strings);

}  // namespace qala
