#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Span_e77d98f7
{
    wp::int32 lo;
    wp::int32 hi;


    Span_e77d98f7() = default;
    CUDA_CALLABLE Span_e77d98f7(wp::int32 const& lo,
    wp::int32 const& hi = {})
        : lo{lo}
        , hi{hi}

    {
    }

    CUDA_CALLABLE Span_e77d98f7& operator += (const Span_e77d98f7& rhs)
    {    lo += rhs.lo;
    hi += rhs.hi;

        return *this;}

};

static CUDA_CALLABLE void adj_Span_e77d98f7(wp::int32 const&,
    wp::int32 const&,
    wp::int32 & adj_lo,
    wp::int32 & adj_hi,
    Span_e77d98f7 & adj_ret)
{
    adj_lo += adj_ret.lo;
    adj_hi += adj_ret.hi;
}

// Required when compiling adjoints.
CUDA_CALLABLE Span_e77d98f7 add(const Span_e77d98f7& a, const Span_e77d98f7& b)
{
    return Span_e77d98f7();
}

CUDA_CALLABLE void adj_atomic_add(Span_e77d98f7* p, Span_e77d98f7 t)
{
    wp::adj_atomic_add(&p->lo, t.lo);
    wp::adj_atomic_add(&p->hi, t.hi);
}



struct wp_args_k_1af4d733 {
    wp::array_t<wp::vec_t<2, wp::int32>> a;
    wp::array_t<Span_e77d98f7> spans;
    Span_e77d98f7 s;
    wp::array_t<wp::int32> out;
};


template <bool wp_linear_contiguous>
static void k_1af4d733_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_1af4d733 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_a = _wp_args->a;
    wp::array_t<Span_e77d98f7> var_spans = _wp_args->spans;
    Span_e77d98f7 var_s = _wp_args->s;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::vec_t<2, wp::int32>* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<2, wp::int32> var_6;
    wp::vec_t<2, wp::int32>* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::vec_t<2, wp::int32> var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::int32>* var_14;
    wp::vec_t<2, wp::int32> var_15;
    wp::vec_t<2, wp::int32> var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    Span_e77d98f7* var_22;
    wp::int32* var_23;
    Span_e77d98f7* var_24;
    wp::int32* var_25;
    const wp::int32 var_26 = 2;
    wp::range_t var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32* var_32;
    wp::int32* var_33;
    wp::range_t var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // total = int(0)                                                                         <L 13>
    var_2 = wp::int(var_1);
    // for j in range(a[i].x, a[i].y):                                                        <L 14>
    var_3 = wp::address(var_a, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::address(var_a, var_0);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::range(var_5, var_9);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // total += j                                                                         <L 15>
        var_13 = wp::add(var_2, var_12);
        wp::assign(var_2, var_13);
        goto start_for_0;
    end_for_0:;
    // v = a[i]                                                                               <L 16>
    var_14 = wp::address(var_a, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // for j in range(v.y):                                                                   <L 17>
    var_18 = wp::extract(var_15, var_17);
    var_19 = wp::range(var_18);
    start_for_2:;
        if (iter_cmp(var_19) == 0) goto end_for_2;
        var_20 = wp::iter_next(var_19);
        // total += j                                                                         <L 18>
        var_21 = wp::add(var_2, var_20);
        wp::assign(var_2, var_21);
        goto start_for_2;
    end_for_2:;
    // for j in range(spans[i].lo, spans[i].hi, 2):                                           <L 19>
    var_22 = wp::address(var_spans, var_0);
    var_23 = &(((*wp::address(var_spans, var_0))).lo);
    var_24 = wp::address(var_spans, var_0);
    var_25 = &(((*wp::address(var_spans, var_0))).hi);
    var_28 = wp::load(var_23);
    var_29 = wp::load(var_25);
    var_27 = wp::range(var_28, var_29, var_26);
    start_for_4:;
        if (iter_cmp(var_27) == 0) goto end_for_4;
        var_30 = wp::iter_next(var_27);
        // total -= j                                                                         <L 20>
        var_31 = wp::sub(var_2, var_30);
        wp::assign(var_2, var_31);
        goto start_for_4;
    end_for_4:;
    // for j in range(s.lo, s.hi):                                                            <L 21>
    var_32 = &((var_s).lo);
    var_33 = &((var_s).hi);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::range(var_35, var_36);
    start_for_6:;
        if (iter_cmp(var_34) == 0) goto end_for_6;
        var_37 = wp::iter_next(var_34);
        // total += j                                                                         <L 22>
        var_38 = wp::add(var_2, var_37);
        wp::assign(var_2, var_38);
        goto start_for_6;
    end_for_6:;
    // out[i] = total                                                                         <L 23>
    wp::array_store(var_out, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void k_1af4d733_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_1af4d733 *_wp_args,
    wp_args_k_1af4d733 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::int32>> var_a = _wp_args->a;
    wp::array_t<Span_e77d98f7> var_spans = _wp_args->spans;
    Span_e77d98f7 var_s = _wp_args->s;
    wp::array_t<wp::int32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_a = _wp_adj_args->a;
    wp::array_t<Span_e77d98f7> adj_spans = _wp_adj_args->spans;
    Span_e77d98f7 adj_s = _wp_adj_args->s;
    wp::array_t<wp::int32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::vec_t<2, wp::int32>* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::vec_t<2, wp::int32> var_6;
    wp::vec_t<2, wp::int32>* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::vec_t<2, wp::int32> var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::vec_t<2, wp::int32>* var_14;
    wp::vec_t<2, wp::int32> var_15;
    wp::vec_t<2, wp::int32> var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    Span_e77d98f7* var_22;
    wp::int32* var_23;
    Span_e77d98f7* var_24;
    wp::int32* var_25;
    const wp::int32 var_26 = 2;
    wp::range_t var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32* var_32;
    wp::int32* var_33;
    wp::range_t var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<2, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<2, wp::int32> adj_6 = {};
    wp::vec_t<2, wp::int32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<2, wp::int32> adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<2, wp::int32> adj_14 = {};
    wp::vec_t<2, wp::int32> adj_15 = {};
    wp::vec_t<2, wp::int32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::range_t adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    Span_e77d98f7 adj_22 = {};
    wp::int32 adj_23 = {};
    Span_e77d98f7 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::range_t adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::range_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    //---------
    // forward
    // def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // total = int(0)                                                                         <L 13>
    var_2 = wp::int(var_1);
    // for j in range(a[i].x, a[i].y):                                                        <L 14>
    var_3 = wp::address(var_a, var_0);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::address(var_a, var_0);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::range(var_5, var_9);
    // v = a[i]                                                                               <L 16>
    var_14 = wp::address(var_a, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // for j in range(v.y):                                                                   <L 17>
    var_18 = wp::extract(var_15, var_17);
    var_19 = wp::range(var_18);
    // for j in range(spans[i].lo, spans[i].hi, 2):                                           <L 19>
    var_22 = wp::address(var_spans, var_0);
    var_23 = &(((*wp::address(var_spans, var_0))).lo);
    var_24 = wp::address(var_spans, var_0);
    var_25 = &(((*wp::address(var_spans, var_0))).hi);
    var_28 = wp::load(var_23);
    var_29 = wp::load(var_25);
    var_27 = wp::range(var_28, var_29, var_26);
    // for j in range(s.lo, s.hi):                                                            <L 21>
    var_32 = &((var_s).lo);
    var_33 = &((var_s).hi);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::range(var_35, var_36);
    // out[i] = total                                                                         <L 23>
    // wp::array_store(var_out, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_2, adj_out, adj_0, adj_2);
    // adj: out[i] = total                                                                    <L 23>
    var_34 = wp::iter_reverse(var_34);
    start_for_6:;
        if (iter_cmp(var_34) == 0) goto end_for_6;
        var_37 = wp::iter_next(var_34);
    	adj_38 = {};
        // total += j                                                                         <L 22>
        var_38 = wp::add(var_2, var_37);
        wp::assign(var_2, var_38);
        wp::adj_assign(var_2, var_38, adj_2, adj_38);
        wp::adj_add(var_2, var_37, adj_2, adj_37, adj_38);
        // adj: total += j                                                                    <L 22>
    	goto start_for_6;
    end_for_6:;
    adj_s.hi = adj_33;
    adj_s.lo = adj_32;
    // adj: for j in range(s.lo, s.hi):                                                       <L 21>
    var_27 = wp::iter_reverse(var_27);
    start_for_4:;
        if (iter_cmp(var_27) == 0) goto end_for_4;
        var_30 = wp::iter_next(var_27);
    	adj_31 = {};
        // total -= j                                                                         <L 20>
        var_31 = wp::sub(var_2, var_30);
        wp::assign(var_2, var_31);
        wp::adj_assign(var_2, var_31, adj_2, adj_31);
        wp::adj_sub(var_2, var_30, adj_2, adj_30, adj_31);
        // adj: total -= j                                                                    <L 20>
    	goto start_for_4;
    end_for_4:;
    adj_24.hi = adj_25;
    wp::adj_address(var_spans, var_0, adj_spans, adj_0, adj_24);
    adj_22.lo = adj_23;
    wp::adj_address(var_spans, var_0, adj_spans, adj_0, adj_22);
    // adj: for j in range(spans[i].lo, spans[i].hi, 2):                                      <L 19>
    var_19 = wp::iter_reverse(var_19);
    start_for_2:;
        if (iter_cmp(var_19) == 0) goto end_for_2;
        var_20 = wp::iter_next(var_19);
    	adj_21 = {};
        // total += j                                                                         <L 18>
        var_21 = wp::add(var_2, var_20);
        wp::assign(var_2, var_21);
        wp::adj_assign(var_2, var_21, adj_2, adj_21);
        wp::adj_add(var_2, var_20, adj_2, adj_20, adj_21);
        // adj: total += j                                                                    <L 18>
    	goto start_for_2;
    end_for_2:;
    wp::adj_extract(var_15, var_17, adj_15, adj_17, adj_18);
    // adj: for j in range(v.y):                                                              <L 17>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_14);
    // adj: v = a[i]                                                                          <L 16>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
        // total += j                                                                         <L 15>
        var_13 = wp::add(var_2, var_12);
        wp::assign(var_2, var_13);
        wp::adj_assign(var_2, var_13, adj_2, adj_13);
        wp::adj_add(var_2, var_12, adj_2, adj_12, adj_13);
        // adj: total += j                                                                    <L 15>
    	goto start_for_0;
    end_for_0:;
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
    // adj: for j in range(a[i].x, a[i].y):                                                   <L 14>
    // adj: total = int(0)                                                                    <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def k(a: wp.array(dtype=wp.vec2i), spans: wp.array(dtype=Span), s: Span, out: wp.array(dtype=int)):  <L 11>
    return;
}



struct k_1af4d733_cpu_block_payload_forward
{
    wp_args_k_1af4d733* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_1af4d733_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_1af4d733_cpu_block_payload_forward* payload = (k_1af4d733_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_1af4d733_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_1af4d733_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_1af4d733 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_1af4d733_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_1af4d733_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_1af4d733_cpu_block_payload_backward
{
    wp_args_k_1af4d733* args;
    wp_args_k_1af4d733* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_1af4d733_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_1af4d733_cpu_block_payload_backward* payload = (k_1af4d733_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_1af4d733_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_1af4d733_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_1af4d733 *_wp_args,
    wp_args_k_1af4d733 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_1af4d733_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_1af4d733_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

