#include "SecretPrompt.h"

#include <cstdio>
#include <string>

#if defined(__unix__) || defined(__APPLE__)
#include <termios.h>
#include <unistd.h>
#endif

namespace vangnet::cli {

std::optional<QString> promptHidden(const QString &prompt)
{
#if defined(__unix__) || defined(__APPLE__)
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios old {};
    if (tcgetattr(fd, &old) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.push_back(static_cast<char>(c));
    tcsetattr(fd, TCSAFLUSH, &old);
    std::fclose(tty);
    QString result = QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return result;
#else
    (void)prompt;
    return std::nullopt;
#endif
}

} // namespace vangnet::cli
