#pragma once

#include "CardForm.h"

#include <Payments.h>
#include <QMap>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;

namespace lp {
class Clock;
}

namespace lp::ui {

// The card form: number grouped as it is typed with its brand beside it, expiry MM/YY, a masked security
// code and the name on the card. Each field says what is wrong once its entry is complete (or the user
// leaves it), never while it is still being typed. The details go to the payment provider only.
class CardEntryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CardEntryWidget(const Clock* clock, QWidget* parent = nullptr);
    ~CardEntryWidget() override;

    bool isValid() const;
    std::optional<proto::CardDetails> details() const;
    // Problems the provider or the bank found, shown under their fields until the field is edited.
    void showFieldErrors(const QMap<CardForm::Field, QString>& errors);
    // After a declined payment: the security code goes, the rest stays for another try or another card.
    void clearSecurityCode();
    // Forgets everything typed, undo history included: once the payment is done the card is not kept.
    void wipe();
    void setReadOnly(bool readOnly);
    QLineEdit* numberEdit() const { return m_numberEdit; }
    QLineEdit* securityCodeEdit() const { return m_cvcEdit; }

signals:
    void changed();

private:
    void onNumberEdited(const QString& text);
    void onExpiryEdited(const QString& text);
    void revalidate();
    void showHint(QLabel* label, const QString& text);

    const Clock* m_clock;
    CardForm m_form;
    QLineEdit* m_numberEdit;
    QLabel* m_brandLabel;
    QLineEdit* m_expiryEdit;
    QLineEdit* m_cvcEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_numberHint;
    QLabel* m_expiryHint;
    QLabel* m_cvcHint;
    QLabel* m_nameHint;
    // Fields the user has left once: from then on an incomplete entry is a problem to show.
    QMap<CardForm::Field, bool> m_finished;
    QMap<CardForm::Field, QString> m_serverErrors;
};

} // namespace lp::ui
