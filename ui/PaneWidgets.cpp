#include "PaneWidgets.h"

#include "LicenseModel.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>

namespace lp::ui {

QProgressBar* makeBusyBar(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setFixedHeight(3);
    bar->setAccessibleName(accessibleName);
    QSizePolicy keepSpace = bar->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    bar->setSizePolicy(keepSpace);
    bar->setVisible(false);
    return bar;
}

QLabel* makeEmptyStateLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::Base);
    label->setMargin(24);
    return label;
}

bool selectLicenseIn(QComboBox* licenseCombo, const QString& licenseId)
{
    for (int row = 0; row < licenseCombo->count(); ++row) {
        const QModelIndex index = licenseCombo->model()->index(row, LicenseModel::Product);
        if (index.data(LicenseModel::IdRole).toString() == licenseId) {
            licenseCombo->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

} // namespace lp::ui
