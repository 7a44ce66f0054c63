#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QProgressBar;
class QWidget;

namespace lp {
class LicenseModel;
}

namespace lp::ui {

// Small widgets every pane has, made the same way everywhere.

// A thin indeterminate bar under a pane's toolbar: loading gives no progress, and the bar keeps its space
// when hidden so that the table below never jumps.
QProgressBar* makeBusyBar(QWidget* parent, const QString& objectName, const QString& accessibleName);
// The text shown in place of an empty table ("No device matches …"), on the table's background.
QLabel* makeEmptyStateLabel(QWidget* parent, const QString& objectName);
// A license chooser over the license model, sorted by product name: every key, or the per-device ones.
enum class LicenseChoice { All, PerDevice };
QComboBox* makeLicenseCombo(QWidget* parent, LicenseModel* licenses, LicenseChoice choice,
                            const QString& objectName);
// Makes the license with this id current in a combo over the license model; false if it has none.
bool selectLicenseIn(QComboBox* licenseCombo, const QString& licenseId);
// The id of the license current in such a combo, or empty.
QString licenseIdIn(const QComboBox* licenseCombo);

} // namespace lp::ui
