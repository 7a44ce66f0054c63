#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace lp::ui {

// A dismissable, non-modal message above the panes, for things the user should know but that must not
// interrupt the work (no keychain, a failed refresh).
class InfoBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit InfoBar(QWidget* parent = nullptr);

    // `topic` names the cause, so that whoever resolves it can take its own message down (dismiss()).
    void showMessage(const QString& text, Level level = Level::Information, const QString& topic = {});
    void dismiss(const QString& topic);
    QString text() const;
    QString topic() const { return m_topic; }
    // A button after the text that triggers `action` (e.g. "Retry Now"); nullptr removes it.
    void setAction(QAction* action);
    // Without the close button, for a state the user cannot wave away (offline).
    void setClosable(bool closable);

private:
    QLabel* m_icon;
    QLabel* m_label;
    QToolButton* m_actionButton;
    QToolButton* m_closeButton;
    QString m_topic;
};

} // namespace lp::ui
