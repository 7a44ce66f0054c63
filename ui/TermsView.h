#pragma once

#include <QWidget>
#include <Quote.h>

class QFormLayout;
class QLabel;

namespace lp::ui {

// What an order changes on a license, before and after: term end, device allowance, device refresh,
// scan quota. Only the rows that apply to the license's type are shown; the changed values are bold.
class TermsView : public QWidget
{
    Q_OBJECT
public:
    explicit TermsView(QWidget* parent = nullptr);

    void setTerms(const proto::LicenseTerms& before, const proto::LicenseTerms& after);
    void clear();

    static QString cadenceText(int months);
    static QString quotaText(qint64 scans, std::optional<proto::QuotaPeriod> period);

private:
    void setRow(QLabel* label, const QString& before, const QString& after);

    QFormLayout* m_form;
    QLabel* m_termEnd;
    QLabel* m_allowance;
    QLabel* m_cadence;
    QLabel* m_quota;
};

} // namespace lp::ui
