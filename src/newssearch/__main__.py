"""python -m newssearch"""

from .entry import main

main()
