using Naringslivsplattform.Companies.Questionnaires;

namespace Naringslivsplattform.Companies.Ui;

public partial class QuestionnairePage
{
    /// <summary>A version as it is being written: what the editor's fields bind to.</summary>
    private sealed class QuestionnaireDraft
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public List<QuestionDraft> Questions { get; } = [];

        public static QuestionnaireDraft New() => new() { Questions = { new QuestionDraft() } };

        /// <summary>The next version starts as a copy of the latest, keys included, so unchanged questions stay comparable.</summary>
        public static QuestionnaireDraft Of(QuestionnaireVersion version)
        {
            var draft = new QuestionnaireDraft { Title = version.Title, Description = version.Description };
            draft.Questions.AddRange(version.Questions.Select(q => new QuestionDraft
            {
                Key = q.Key, Theme = q.Theme, Text = q.Text, Type = q.Type, Options = string.Join('\n', q.Options), Required = q.Required,
            }));
            return draft;
        }

        public void Move(int index, int step)
        {
            (Questions[index], Questions[index + step]) = (Questions[index + step], Questions[index]);
        }

        public QuestionnaireRequest ToRequest() => new(Title, Description, [.. Questions.Select(q => q.ToRequest())]);
    }

    private sealed class QuestionDraft
    {
        public string? Key { get; set; }

        public string Theme { get; set; } = QuestionThemes.Other;

        public string? Text { get; set; }

        public QuestionType Type { get; set; } = QuestionType.Scale1To5;

        /// <summary>One option a line, as typed.</summary>
        public string? Options { get; set; }

        public bool Required { get; set; }

        /// <summary>Options only for the choice types, so switching a choice question to another type drops its options.</summary>
        public QuestionRequest ToRequest() =>
            new(Key, Theme, Text, Type.ToString(),
                QuestionTypes.HasOptions(Type) ? (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [],
                Required);
    }
}
