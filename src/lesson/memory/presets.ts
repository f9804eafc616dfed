/**
 * Published model configurations for the memory calculator, each with its source.
 * Values checked against the config.json named in `source` (field names in `fields`).
 */

/** One preset: what its config.json says about the attention cache. */
export interface ModelPreset {
  readonly id: string;
  /** Display name (a proper noun, the same in both languages). */
  readonly name: string;
  /** Where the numbers come from, shown on the page. */
  readonly source: string;
  readonly layers: number;
  /** Query heads (num_attention_heads). */
  readonly qHeads: number;
  /** K/V heads (num_key_value_heads); for MLA the number of heads the latent is expanded to. */
  readonly kvHeads: number;
  readonly headDim: number;
  /** Present for MLA models: kv_lora_rank and qk_rope_head_dim. */
  readonly mla?: { readonly latentDim: number; readonly ropeDim: number };
  /** The config fields the values were read from. */
  readonly fields: string;
}

export const PRESETS: readonly ModelPreset[] = [
  {
    id: 'gpt2',
    name: 'GPT-2 small',
    source: 'config.json of openai-community/gpt2 on Hugging Face',
    layers: 12,
    qHeads: 12,
    kvHeads: 12,
    headDim: 64,
    fields: 'n_layer 12, n_head 12, n_embd 768 → 768 / 12 = 64',
  },
  {
    id: 'llama2-7b',
    name: 'Llama-2-7B',
    source: 'config.json of meta-llama/Llama-2-7b-hf on Hugging Face',
    layers: 32,
    qHeads: 32,
    kvHeads: 32,
    headDim: 128,
    fields: 'num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 32, hidden_size 4096',
  },
  {
    id: 'llama3-8b',
    name: 'Llama-3-8B',
    source: 'config.json of meta-llama/Meta-Llama-3-8B on Hugging Face',
    layers: 32,
    qHeads: 32,
    kvHeads: 8,
    headDim: 128,
    fields: 'num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, hidden_size 4096',
  },
  {
    id: 'mistral-7b',
    name: 'Mistral-7B',
    source: 'config.json of mistralai/Mistral-7B-v0.1 on Hugging Face',
    layers: 32,
    qHeads: 32,
    kvHeads: 8,
    headDim: 128,
    fields: 'num_hidden_layers 32, num_attention_heads 32, num_key_value_heads 8, hidden_size 4096',
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5-7B',
    source: 'config.json of Qwen/Qwen2.5-7B on Hugging Face',
    layers: 28,
    qHeads: 28,
    kvHeads: 4,
    headDim: 128,
    fields: 'num_hidden_layers 28, num_attention_heads 28, num_key_value_heads 4, hidden_size 3584',
  },
  {
    id: 'falcon-7b',
    name: 'Falcon-7B',
    source: 'config.json of tiiuae/falcon-7b on Hugging Face',
    layers: 32,
    qHeads: 71,
    kvHeads: 1,
    headDim: 64,
    fields: 'num_hidden_layers 32, num_attention_heads 71, multi_query true, hidden_size 4544',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    source: 'config.json of deepseek-ai/DeepSeek-V3 on Hugging Face',
    layers: 61,
    qHeads: 128,
    kvHeads: 128,
    headDim: 128,
    mla: { latentDim: 512, ropeDim: 64 },
    fields: 'num_hidden_layers 61, num_attention_heads 128, kv_lora_rank 512, qk_rope_head_dim 64, v_head_dim 128',
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): ModelPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
