#!/usr/bin/env python3
"""Write /work/devset/parts/rpE.json from build.py's plan and the hand labels (labels_*.py)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import build, round_tools

# Vue single-file components (Khaoden/Vue3-Springboot_Project_FE) saved as .html: their text stands inside <template>,
# whose content a browser does not show and the product's HTML parser rightly reads as no text. Not an archive's file:
# left out of the set (the lead's decision, 2026-12-03).
LEFT_OUT = {24, 25, 26, 27, 28}

round_tools.assemble("rpE", build.DOCS, label_modules=("labels_a", "labels_b"), left_out=LEFT_OUT)
