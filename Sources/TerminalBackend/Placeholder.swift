import CNCursesw
