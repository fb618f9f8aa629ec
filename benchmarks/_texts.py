"""Deterministic, realistic script text for the benchmarks (no external data)."""

from __future__ import annotations

import random

SENTENCES = [
    "Did you know that a short walk after dinner can lower your blood sugar?",
    "Researchers followed 4,500 adults for twelve years in a prospective cohort study.",
    "People who walked for thirty minutes a day had a 30% lower risk of type 2 diabetes [1].",
    "The randomized controlled trial was conducted in three hospitals across Denmark.",
    "Participants were randomly assigned to cognitive behavioural therapy or usual care.",
    "Anhedonia, the loss of pleasure, is a core symptom of major depressive disorder.",
    "Studies show that sleep deprivation increases cortisol and impairs glucose metabolism.",
    "I felt exhausted every single morning before I changed my routine.",
    "So here's the thing: you don't need a gym membership to start.",
    "Follow for more science-backed tips, and talk to your doctor before changing your medication.",
    "The odds ratio for hypertension was 1.8 (95% confidence interval 1.2 to 2.6).",
    "Omega-3 fatty acids may reduce systemic inflammation in some participants.",
    "Mindfulness-based interventions were associated with modest improvements in anxiety symptoms.",
    "One in five teenagers reports symptoms of an anxiety disorder.",
    "Exercise cures depression, and it is always better than antidepressants.",
    "The BMI of participants ranged from 18 to 35, and HbA1c was measured every six months.",
]


def script_text(words: int, seed: int = 7) -> str:
    """About ``words`` words of script, in paragraphs of 2–4 sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        para = [rng.choice(SENTENCES) for _ in range(rng.randint(2, 4))]
        count += sum(len(s.split()) for s in para)
        paragraphs.append(" ".join(para))
    return "\n\n".join(paragraphs)
