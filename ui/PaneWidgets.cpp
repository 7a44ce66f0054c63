#include "PaneWidgets.h"

#include "LicenseModel.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>

namespace lp::ui {

namespace {
class LicenseChoices : public QSortFilterProxyModel
{
public:
    LicenseChoices(LicenseModel* licenses, LicenseChoice choice, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_choice(choice)
    {
        setSourceModel(licenses);
        setSortRole(LicenseModel::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        sort(LicenseModel::Product);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (m_choice == LicenseChoice::All) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(sourceRow, LicenseModel::Product, sourceParent);
        return index.data(LicenseModel::LicenseRole).value<proto::License>().type
            == proto::LicenseType::PerDevice;
    }

private:
    LicenseChoice m_choice;
};
} // namespace

QComboBox* makeLicenseCombo(QWidget* parent, LicenseModel* licenses, LicenseChoice choice,
                            const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setModel(new LicenseChoices(licenses, choice, combo));
    combo->setModelColumn(LicenseModel::Product);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setAccessibleName(QComboBox::tr("License"));
    return combo;
}

QString licenseIdIn(const QComboBox* licenseCombo)
{
    const QModelIndex index
        = licenseCombo->model()->index(licenseCombo->currentIndex(), LicenseModel::Product);
    return index.data(LicenseModel::IdRole).toString();
}

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
