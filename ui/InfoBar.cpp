#include "InfoBar.h"

#include "PortalPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace lp::ui {

InfoBar::InfoBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("infoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("infoBarLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton = new QToolButton(this);
    m_actionButton->setObjectName(QStringLiteral("infoBarActionButton"));
    m_actionButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionButton->hide();
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("infoBarCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

void InfoBar::showMessage(const QString& text, Level level, const QString& topic)
{
    m_topic = topic;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    LicenseModel::StatusKind tone = LicenseModel::StatusKind::Suspended;
    switch (level) {
    case Level::Information:
        break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tone = LicenseModel::StatusKind::Expiring;
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tone = LicenseModel::StatusKind::Expired;
        break;
    }
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    palette.setColor(QPalette::Window, tint(statusColor(tone, palette), palette, 0.18));
    setPalette(palette);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_label->setText(text);
    show();
}

void InfoBar::dismiss(const QString& topic)
{
    if (m_topic == topic) {
        hide();
    }
}

QString InfoBar::text() const
{
    return m_label->text();
}

void InfoBar::setAction(QAction* action)
{
    if (action) {
        m_actionButton->setDefaultAction(action);
    }
    m_actionButton->setVisible(action != nullptr);
}

void InfoBar::setClosable(bool closable)
{
    m_closeButton->setVisible(closable);
}

} // namespace lp::ui
