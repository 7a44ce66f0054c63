#include "AlertSettingsDialog.h"

#include "AlertMonitor.h"
#include "AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lp::ui {

namespace {
// "75%, 90%, 95% and 100%" in the user's language: its digits, its list separators and its way of writing
// a percentage (German puts a space before the sign).
QString listOf(const QList<int>& values, const QString& pattern)
{
    const QLocale locale;
    QStringList parts;
    for (const int value : values) {
        parts << pattern.arg(locale.toString(value));
    }
    return locale.createSeparatedList(parts);
}
} // namespace

AlertSettingsDialog::AlertSettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("alertSettingsDialog"));
    setWindowTitle(tr("Alerts"));

    auto* intro = new QLabel(tr("Show a desktop notification when a license key crosses one of these "
                                "thresholds. Each one is notified once."),
                             this);
    intro->setWordWrap(true);
    //: A threshold as a percentage, e.g. "75%"
    const QString percents = listOf(AlertMonitor::percentThresholds(), tr("%1%"));
    QList<int> days = AlertMonitor::expiryThresholds();
    days.removeAll(0);
    const struct
    {
        Alert::Kind kind;
        const char* name;
        QString text;
    } kinds[] = {
        {Alert::Kind::Quota, "alertQuotaCheck", tr("&Scan quota: %1 of a period's quota used").arg(percents)},
        {Alert::Kind::Allowance, "alertAllowanceCheck",
         tr("&Device allowance: %1 of the allowance in use").arg(percents)},
        {Alert::Kind::Expiry, "alertExpiryCheck",
         tr("&Expiry: %1 days before a key expires, and on the day").arg(listOf(days, QStringLiteral("%1")))},
    };
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (const auto& kind : kinds) {
        auto* check = new QCheckBox(kind.text, this);
        check->setObjectName(QLatin1String(kind.name));
        check->setChecked(m_settings->alertsEnabled(kind.kind));
        m_checks.insert(kind.kind, check);
        layout->addWidget(check);
    }
    auto* note
        = new QLabel(tr("A key with an alert shows a badge in the license keys list either way."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void AlertSettingsDialog::accept()
{
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        m_settings->setAlertsEnabled(it.key(), it.value()->isChecked());
    }
    QDialog::accept();
}

} // namespace lp::ui
